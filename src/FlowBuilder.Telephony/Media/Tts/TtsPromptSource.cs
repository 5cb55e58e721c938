using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Prompts;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>
/// Speech as <see cref="PromptFrames"/> through a <see cref="PromptCache"/>, so the same engine, voice, rate and text
/// are synthesised once per codec. Failures are not cached: the next request tries the engine again.
/// </summary>
public sealed class TtsPromptSource(ITextToSpeech engine, PromptCache cache)
{
    /// <summary>"tts:{engine}:{voice}:{SHA-256 of rate and text}".</summary>
    public PromptKey KeyFor(TtsRequest request, G711Codec codec)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rate = request.Rate?.ToString("R", CultureInfo.InvariantCulture) ?? "default";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{rate}\n{request.Text}")));
        return new PromptKey($"tts:{engine.Engine}:{request.Voice}:{hash}", codec);
    }

    public async ValueTask<PromptRenderResult> GetFramesAsync(TtsRequest request, G711Codec codec, CancellationToken cancellationToken)
    {
        var key = KeyFor(request, codec);
        try
        {
            var frames = await cache.GetOrRenderAsync(key, _ => RenderAsync(request, codec), cancellationToken).ConfigureAwait(false);
            return new PromptRenderResult(frames, null);
        }
        catch (SynthesisFailedException failure)
        {
            return new PromptRenderResult(null, failure.Message);
        }
    }

    private async Task<PromptFrames> RenderAsync(TtsRequest request, G711Codec codec)
    {
        // The render is shared by every caller waiting on this key, so no single caller's token applies.
        var result = await engine.SynthesizeAsync(request, CancellationToken.None).ConfigureAwait(false);
        if (!result.Succeeded) throw new SynthesisFailedException(result.FailureReason);
        return PromptFrames.Render(result.Audio, codec);
    }

    /// <summary>Carries a failure result through <see cref="PromptCache"/>, which caches only successful renders.</summary>
    private sealed class SynthesisFailedException(string reason) : Exception(reason);
}
