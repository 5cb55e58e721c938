using System.Diagnostics.CodeAnalysis;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>Either speech as 8 kHz mono 16-bit PCM, or a failure with a reason a person can act on.</summary>
public sealed record TtsResult
{
    private TtsResult(PcmAudio? audio, string? failureReason)
    {
        Audio = audio;
        FailureReason = failureReason;
    }

    public PcmAudio? Audio { get; }

    public string? FailureReason { get; }

    [MemberNotNullWhen(true, nameof(Audio))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Audio is not null;

    public static TtsResult Success(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return new TtsResult(audio, null);
    }

    public static TtsResult Failure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new TtsResult(null, reason);
    }
}
