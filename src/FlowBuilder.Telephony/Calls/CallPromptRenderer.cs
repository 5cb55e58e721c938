using System.Globalization;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Library;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Telephony.Calls;

/// <summary>
/// Turns the engine's <see cref="Prompt"/> into G.711 frames: Say through <see cref="TtsPromptSource"/>, Audio from a WAV
/// file of the prompt's company's media folder (<see cref="CompanyMediaFolder"/>) (resampled to 8 kHz, cached until the file changes), Silence as silent frames.
/// A failure (TTS error, missing or unreadable file) is a result with the reason, not an exception.
/// </summary>
public sealed class CallPromptRenderer(TtsPromptSource? speech, PromptCache cache, string? mediaFolder, string defaultVoice)
{
    public async ValueTask<PromptRenderResult> RenderAsync(Prompt prompt, G711Codec codec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return prompt.Kind switch
        {
            PromptKind.Speech => speech is null
                ? new PromptRenderResult(null, "No text-to-speech engine is configured (FlowBuilder:Sip:Tts).")
                : await speech.GetFramesAsync(new TtsRequest(prompt.Value, prompt.Voice ?? defaultVoice), codec, cancellationToken).ConfigureAwait(false),
            PromptKind.Audio => await RenderFileAsync(prompt.Value, prompt.CompanyId, codec, cancellationToken).ConfigureAwait(false),
            PromptKind.Silence => new PromptRenderResult(Silence(prompt.Duration, codec), null),
            _ => new PromptRenderResult(null, $"Prompt kind {prompt.Kind} is not supported."),
        };
    }

    private async ValueTask<PromptRenderResult> RenderFileAsync(string name, string? companyId, G711Codec codec, CancellationToken cancellationToken)
    {
        if (mediaFolder is null) return new PromptRenderResult(null, $"Audio '{name}' cannot play: no media folder is configured (FlowBuilder:Sip:MediaFolder).");
        string? path;
        try
        {
            path = new MediaLibrary(CompanyMediaFolder.Of(mediaFolder, companyId)).Find(name);
        }
        catch (MediaNameException e)
        {
            return new PromptRenderResult(null, e.Message);
        }
        if (path is null) return new PromptRenderResult(null, $"Audio '{name}' is not in the media folder {mediaFolder}: upload it first.");
        var stamp = File.GetLastWriteTimeUtc(path).Ticks.ToString(CultureInfo.InvariantCulture);
        try
        {
            var frames = await cache.GetOrRenderAsync(
                new PromptKey($"file:{path}:{stamp}", codec),
                _ => Task.Run(() => PromptFrames.Render(WavReader.Read(path), codec)),
                cancellationToken).ConfigureAwait(false);
            return new PromptRenderResult(frames, null);
        }
        catch (Exception e) when (e is WavFormatException or IOException)
        {
            return new PromptRenderResult(null, $"Audio '{name}' cannot be read: {e.Message}");
        }
    }

    private static PromptFrames Silence(TimeSpan duration, G711Codec codec)
    {
        var samples = (int)Math.Clamp(duration.TotalSeconds * Resampler.TelephonyRate, 0, Resampler.TelephonyRate * 3600);
        return PromptFrames.Render(new short[samples], codec);
    }
}
