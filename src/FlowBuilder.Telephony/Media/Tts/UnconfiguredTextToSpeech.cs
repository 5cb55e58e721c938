namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>Stands in for an engine whose configuration is incomplete: every request fails with <paramref name="reason"/>.</summary>
internal sealed class UnconfiguredTextToSpeech(string engine, string reason) : ITextToSpeech
{
    public string Engine => engine;

    public ValueTask<TtsResult> SynthesizeAsync(TtsRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TtsResult.Failure(reason));
}
