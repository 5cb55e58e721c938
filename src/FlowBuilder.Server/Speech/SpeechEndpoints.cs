using FlowBuilder.Server.Problems;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Tts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Speech;

internal static class SpeechEndpoints
{
    public const int MaxTextLength = 2000;

    private const string StatusProbe = "Test.";

    private const string Remedy =
        $"Install espeak-ng (apt-get install espeak-ng) on the server, or set {SipOptions.SectionName}:Tts:Engine to azure with AzureKey and AzureRegion.";

    /// <summary>
    /// Renders through the same <see cref="TtsPromptSource"/> and cache as calls (µ-law), so the designer hears what a caller
    /// hears and a prompt played again is not synthesised again.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SpeakAsync(
        string? text, string? voice, [FromServices] TtsPromptSource? speech, [FromServices] ITextToSpeech? engine,
        IOptions<SipTtsOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ApiProblems.BadRequest("Give the words to speak in the query parameter 'text', e.g. /api/speech?text=Welcome.", ("path", "text"));
        if (text.Length > MaxTextLength)
            return ApiProblems.BadRequest($"'text' is {text.Length} characters long; speak at most {MaxTextLength} at a time.",
                ("path", "text"), ("maxLength", MaxTextLength));
        if (speech is null || engine is null) return Unavailable("No text-to-speech engine is registered on this server.", "none");

        var voiceUsed = string.IsNullOrWhiteSpace(voice) ? DefaultVoice(options.Value) : voice.Trim();
        var rendered = await speech.GetFramesAsync(new TtsRequest(text, voiceUsed), G711Codec.Pcmu, cancellationToken);
        if (!rendered.Succeeded)
        {
            // Engines name the voice in quotes when it is the voice they reject.
            if (!string.IsNullOrWhiteSpace(voice) && rendered.FailureReason.Contains($"'{voiceUsed}'", StringComparison.Ordinal))
                return ApiProblems.BadRequest(rendered.FailureReason, ("path", "voice"));
            return Unavailable(rendered.FailureReason, engine.Engine);
        }
        return TypedResults.File(SpeechWav.From(rendered.Frames), "audio/wav", enableRangeProcessing: true);
    }

    /// <summary>Speaks a short probe (cached once it succeeds), so "available" means the engine really answered.</summary>
    public static async Task<Ok<SpeechStatusView>> StatusAsync(
        [FromServices] TtsPromptSource? speech, [FromServices] ITextToSpeech? engine, IOptions<SipTtsOptions> options, CancellationToken cancellationToken)
    {
        if (speech is null || engine is null)
            return TypedResults.Ok(new SpeechStatusView(false, "none", $"No text-to-speech engine is registered on this server. {Remedy}"));
        var voice = DefaultVoice(options.Value);
        var probe = await speech.GetFramesAsync(new TtsRequest(StatusProbe, voice), G711Codec.Pcmu, cancellationToken);
        var name = EngineName(engine);
        return TypedResults.Ok(probe.Succeeded
            ? new SpeechStatusView(true, name, $"{engine.Engine} speaks prompts with voice '{voice}'.")
            : new SpeechStatusView(false, name, $"{probe.FailureReason} {Remedy}"));
    }

    private static string DefaultVoice(SipTtsOptions options) => options.IsAzure ? options.AzureVoice : options.DefaultVoice;

    /// <summary>"azure" from "azure:westeurope".</summary>
    private static string EngineName(ITextToSpeech engine) => engine.Engine.Split(':')[0];

    private static ProblemHttpResult Unavailable(string reason, string engine) =>
        ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "Text-to-speech unavailable", $"{reason} {Remedy}", ("engine", engine));
}
