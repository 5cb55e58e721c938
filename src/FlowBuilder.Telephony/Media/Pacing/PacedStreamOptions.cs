using System.Net;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// One outgoing RTP stream. The payload type is the codec's static one (0 or 8). The initial sequence number
/// and timestamp default to random values, as RFC 3550 §5.1 recommends.
/// </summary>
public sealed record PacedStreamOptions(uint Ssrc, G711Codec Codec, IPEndPoint Remote)
{
    public ushort InitialSequenceNumber { get; init; } = (ushort)Random.Shared.Next(ushort.MaxValue + 1);

    public uint InitialTimestamp { get; init; } = (uint)Random.Shared.NextInt64(uint.MaxValue + 1L);

    public IdleAudio Idle { get; init; } = IdleAudio.ComfortSilence;

    /// <summary>Where this stream's packets go (a call's own RTP socket); null for the pacer's default sink.</summary>
    public IRtpSink? Sink { get; init; }
}
