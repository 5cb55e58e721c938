using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Server.Tests.Speech;

/// <summary>Answers every request with a 440 Hz tone as long as the text has letters, or with <see cref="FailureReason"/> when set.</summary>
public sealed class FakeTextToSpeech : ITextToSpeech
{
    private int _requests;

    public string Engine => "fake";

    public string? FailureReason { get; set; }

    public int Requests => _requests;

    public ValueTask<TtsResult> SynthesizeAsync(TtsRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (FailureReason is { } reason) return ValueTask.FromResult(TtsResult.Failure(reason));
        var samples = new short[request.Text.Length * 400];
        for (var i = 0; i < samples.Length; i++) samples[i] = (short)(Math.Sin(2 * Math.PI * 440 * i / 8000) * 8000);
        return ValueTask.FromResult(TtsResult.Success(new PcmAudio(8000, 1, samples)));
    }
}
