using FlowBuilder.Telephony.Media.Dtmf;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// Builds the RFC 4733 §2.5.1 packet sequence for one key press on one RTP stream: a first packet with the
/// marker bit, updates every <c>interval</c> with growing duration, and the final packet (E bit) sent three
/// times; all share the event's start timestamp and take consecutive sequence numbers.
/// </summary>
public sealed class TelephoneEventSender(byte payloadType, uint ssrc, int clockRate = 8000)
{
    public const int EndRepetitions = 3;

    public byte PayloadType { get; } = payloadType;

    public uint Ssrc { get; } = ssrc;

    public int ClockRate { get; } = clockRate;

    /// <summary>
    /// The packets for <paramref name="digit"/>. Duration is rounded up to whole intervals and capped at
    /// 65535 timestamp units (8.19 s at 8 kHz); volume is in −dBm0 (0–63).
    /// </summary>
    public IReadOnlyList<TelephoneEventPacket> CreateDigit(
        char digit, ushort firstSequenceNumber, uint timestamp, TimeSpan duration, TimeSpan interval, byte volume = 10)
    {
        if (!DtmfKeypad.TryGetEvent(digit, out var code)) throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit.");
        if (interval <= TimeSpan.Zero || duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), "Duration and interval must be positive.");
        var steps = (int)Math.Ceiling(duration / interval);
        var samplesPerStep = (int)Math.Round(interval.TotalSeconds * ClockRate);
        var packets = new List<TelephoneEventPacket>(steps - 1 + EndRepetitions);
        var sequence = firstSequenceNumber;

        for (var step = 0; step < steps - 1; step++)
        {
            packets.Add(new TelephoneEventPacket(interval * step, Packet(new TelephoneEvent(code, false, volume, Samples(step + 1)), step == 0)));
        }
        var end = new TelephoneEvent(code, true, volume, Samples(steps));
        for (var repeat = 0; repeat < EndRepetitions; repeat++)
        {
            packets.Add(new TelephoneEventPacket(interval * (steps - 1 + repeat), Packet(end, steps == 1 && repeat == 0)));
        }
        return packets;

        ushort Samples(int stepCount) => (ushort)Math.Min(stepCount * samplesPerStep, ushort.MaxValue);

        RtpPacket Packet(TelephoneEvent value, bool marker) => new()
        {
            Marker = marker,
            PayloadType = PayloadType,
            SequenceNumber = sequence++,
            Timestamp = timestamp,
            Ssrc = Ssrc,
            Payload = value.ToArray(),
        };
    }
}
