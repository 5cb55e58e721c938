using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

/// <summary>Counts calls and answers with 100 ms of a 440 Hz tone per word, or with a fixed failure.</summary>
internal sealed class CountingTextToSpeech(string? failure = null) : ITextToSpeech
{
    private int _calls;

    public string Engine => "counting";

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask<TtsResult> SynthesizeAsync(TtsRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (failure is not null) return ValueTask.FromResult(TtsResult.Failure(failure));
        var words = request.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var samples = new short[800 * words];
        for (var n = 0; n < samples.Length; n++) samples[n] = (short)(8000 * Math.Sin(2 * Math.PI * 440 * n / 8000));
        return ValueTask.FromResult(TtsResult.Success(new PcmAudio(8000, 1, samples)));
    }
}
