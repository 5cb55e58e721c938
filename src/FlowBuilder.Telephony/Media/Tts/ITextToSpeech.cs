namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>
/// A text-to-speech engine. Engine problems (not installed, unknown voice, rejected key, timeout) come back as a
/// failed <see cref="TtsResult"/> with a reason; only cancellation by the caller's token throws.
/// </summary>
public interface ITextToSpeech
{
    /// <summary>Identifies the engine in cache keys, e.g. "espeak-ng" or "azure:westeurope".</summary>
    string Engine { get; }

    /// <returns>8 kHz mono 16-bit audio, or a failure saying what went wrong.</returns>
    ValueTask<TtsResult> SynthesizeAsync(TtsRequest request, CancellationToken cancellationToken);
}
