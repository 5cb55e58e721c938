using FlowBuilder.Telephony.Media.Dtmf;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// Turns received RFC 4733 packets into key presses, each reported once: on its first end packet
/// (retransmitted end packets are ignored), or, if every end packet was lost, when the next event starts
/// or <see cref="Flush"/> is called. Events are told apart by RTP timestamp. Not thread-safe.
/// </summary>
public sealed class TelephoneEventReceiver(byte payloadType, int clockRate = 8000)
{
    private uint? _timestamp;
    private byte _event;
    private ushort _duration;
    private bool _reported;
    private uint? _previousTimestamp;

    public byte PayloadType { get; } = payloadType;

    /// <summary>The digits completed by this packet; usually none.</summary>
    public IReadOnlyList<DetectedDigit> Receive(in RtpPacket packet)
    {
        if (packet.PayloadType != PayloadType || !TelephoneEvent.TryParse(packet.Payload.Span, out var value)) return [];
        if (!DtmfKeypad.TryGetDigit(value.Event, out _)) return [];
        if (packet.Timestamp == _previousTimestamp) return [];

        List<DetectedDigit>? digits = null;
        if (packet.Timestamp != _timestamp)
        {
            if (Flush() is { } unfinished) (digits ??= []).Add(unfinished);
            _previousTimestamp = _timestamp;
            _timestamp = packet.Timestamp;
            _event = value.Event;
            _reported = false;
            _duration = 0;
        }
        if (value.Event != _event || _reported) return digits ?? [];
        _duration = Math.Max(_duration, value.Duration);
        if (value.End)
        {
            _reported = true;
            (digits ??= []).Add(Digit());
        }
        return digits ?? [];
    }

    /// <summary>Reports an event whose end packets never came (call after a silence), or null.</summary>
    public DetectedDigit? Flush()
    {
        if (_timestamp is null || _reported) return null;
        _reported = true;
        return Digit();
    }

    private DetectedDigit Digit()
    {
        DtmfKeypad.TryGetDigit(_event, out var digit);
        return new DetectedDigit(digit, TimeSpan.FromSeconds((double)_duration / clockRate));
    }
}
