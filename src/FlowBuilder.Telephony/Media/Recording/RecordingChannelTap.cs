using System.Buffers.Binary;
using System.Net;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Recording;

/// <summary>Feeds one channel of a <see cref="CallRecorder"/>: from a receiver (what the party says) or from a socket's sends (what it hears).</summary>
internal sealed class RecordingChannelTap(CallRecorder recorder, int channel) : IRtpPacketObserver, IRtpSink
{
    public void OnPacket(in RtpPacket packet, long receivedAt) =>
        recorder.Write(channel, packet.PayloadType, packet.Ssrc, packet.Timestamp, packet.Payload.Span);

    public void Send(ReadOnlySpan<byte> packet, IPEndPoint remote)
    {
        if (packet.Length < RtpPacket.FixedHeaderLength) return;
        var offset = RtpPacket.FixedHeaderLength + 4 * (packet[0] & 0x0F);
        if ((packet[0] & 0x10) != 0)
        {
            if (packet.Length < offset + 4) return;
            offset += 4 + 4 * BinaryPrimitives.ReadUInt16BigEndian(packet[(offset + 2)..]);
        }
        var end = packet.Length - ((packet[0] & 0x20) != 0 ? packet[^1] : 0);
        if (end <= offset) return;
        recorder.Write(channel, (byte)(packet[1] & 0x7F), BinaryPrimitives.ReadUInt32BigEndian(packet[8..]), BinaryPrimitives.ReadUInt32BigEndian(packet[4..]), packet[offset..end]);
    }
}
