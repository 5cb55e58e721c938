using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Bridging;

/// <summary>
/// One direction of a bridge: each packet received from leg A (on the receive loop, no allocation) goes out at once on
/// leg B's socket to B's remote, as part of B's own stream: B's SSRC, B's sequence numbers continuing from B's paced
/// stream, timestamps shifted onto B's timeline, the marker bit on the first packet (and after a source change). Audio is
/// re-encoded when the codecs differ; RFC 4733 events get B's payload type, or are dropped when B negotiated none.
/// </summary>
internal sealed class RtpRelay : IRtpPacketObserver
{
    private const int MaxPacket = 1500;

    private readonly Lock _gate = new();
    private readonly byte[] _buffer = new byte[MaxPacket];
    private readonly IRtpSink _output;
    private readonly IPEndPoint _remote;
    private readonly RtpRelayFormat _format;
    private readonly byte[]? _table;
    private readonly RelayCounters _counters;
    private bool _active = true;
    private bool _anchored;
    private uint _sourceSsrc;
    private uint _timestampOffset;
    private ushort _sequence;
    private uint _startTimestamp;
    private uint _lastTimestamp;

    /// <param name="start">Where B's stream stands (from <see cref="PacedStream.Suspend"/>): the next sequence number and timestamp.</param>
    public RtpRelay(IRtpSink output, IPEndPoint remote, RtpRelayFormat format, PacedStreamPosition start, RelayCounters counters)
    {
        _output = output;
        _remote = remote;
        _format = format;
        _table = G711Transcoding.Table(format.InputCodec, format.OutputCodec);
        _counters = counters;
        _sequence = start.Sequence;
        _startTimestamp = start.Timestamp;
        _lastTimestamp = start.Timestamp - 160;
    }

    public void OnPacket(in RtpPacket packet, long receivedAt)
    {
        byte payloadType;
        if (packet.PayloadType == (byte)_format.InputCodec) payloadType = (byte)_format.OutputCodec;
        else if (_format.InputEventType is { } inEvent && packet.PayloadType == inEvent && _format.OutputEventType is { } outEvent) payloadType = outEvent;
        else
        {
            _counters.Dropped();
            return;
        }
        var payload = packet.Payload.Span;
        if (payload.Length > MaxPacket - RtpPacket.FixedHeaderLength)
        {
            _counters.Dropped();
            return;
        }
        lock (_gate)
        {
            if (!_active) return;
            var marker = packet.Marker;
            if (!_anchored || packet.Ssrc != _sourceSsrc)
            {
                // The switch (prompts → bridge) or a new source on A: a new talkspurt on B's timeline, just after B's last packet.
                _timestampOffset = (_anchored ? _lastTimestamp + 160 : _startTimestamp) - packet.Timestamp;
                _sourceSsrc = packet.Ssrc;
                _anchored = true;
                marker = true;
            }
            var timestamp = packet.Timestamp + _timestampOffset;
            var span = _buffer.AsSpan();
            span[0] = RtpPacket.Version << 6;
            span[1] = (byte)((marker ? 0x80 : 0) | payloadType);
            BinaryPrimitives.WriteUInt16BigEndian(span[2..], _sequence++);
            BinaryPrimitives.WriteUInt32BigEndian(span[4..], timestamp);
            BinaryPrimitives.WriteUInt32BigEndian(span[8..], _format.OutputSsrc);
            var body = span.Slice(RtpPacket.FixedHeaderLength, payload.Length);
            if (_table is not null && payloadType == (byte)_format.OutputCodec) G711Transcoding.Transcode(_table, payload, body);
            else payload.CopyTo(body);
            _lastTimestamp = timestamp;
            _output.Send(span[..(RtpPacket.FixedHeaderLength + payload.Length)], _remote);
        }
        _counters.Relayed(Stopwatch.GetTimestamp() - receivedAt);
    }

    /// <summary>Stops relaying (no packet goes out after this returns) and returns where B's stream goes on: the next sequence
    /// number, and the timestamp right after the last packet relayed.</summary>
    public PacedStreamPosition Stop()
    {
        lock (_gate)
        {
            _active = false;
            return new PacedStreamPosition(_sequence, _lastTimestamp + 160);
        }
    }
}
