using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Dtmf;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Media.Sessions;

public sealed class RtpSocketTests
{
    [Fact]
    public async Task Receiver_counts_the_packets_a_sink_sends()
    {
        await using var loop = new RtpLoopback();

        for (var i = 0; i < 10; i++) loop.Caller.Send(Audio((ushort)i, new byte[160]), loop.Callee.LocalEndPoint);
        await loop.WaitForDatagramsAsync(10);

        loop.Caller.SentPackets.ShouldBe(10);
        loop.Caller.SendErrors.ShouldBe(0);
        loop.Receiver.Packets.ShouldBe(10);
        loop.Receiver.Bytes.ShouldBe(10 * 172);
        loop.Receiver.Dropped.ShouldBe(0);
        loop.Receiver.LastPacketAt.ShouldBe(loop.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_rfc4733_digit_is_reported_once()
    {
        await using var loop = new RtpLoopback();
        var packets = new TelephoneEventSender(101, 0x1234).CreateDigit('5', 100, 8000, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20));

        foreach (var packet in packets) loop.Caller.Send(packet.Packet.ToArray(), loop.Callee.LocalEndPoint);
        await loop.WaitForDatagramsAsync(packets.Count);

        packets.Count(p => TelephoneEvent.TryParse(p.Packet.Payload.Span, out var e) && e.End).ShouldBe(3);
        loop.Digits.Select(d => (d.Digit, d.Source)).ShouldBe([('5', DigitSource.Rfc4733)]);
    }

    [Fact]
    public async Task An_inband_tone_is_reported_once()
    {
        await using var loop = new RtpLoopback();
        var pcm = DtmfToneGenerator.Sequence("7", TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(100));
        var codes = new byte[pcm.Length];
        G711MuLaw.Encode(pcm, codes);

        var frames = 0;
        for (var offset = 0; offset < codes.Length; offset += 160, frames++)
        {
            loop.Caller.Send(Audio((ushort)frames, codes.AsSpan(offset, Math.Min(160, codes.Length - offset)).ToArray()), loop.Callee.LocalEndPoint);
        }
        await loop.WaitForDatagramsAsync(frames);

        loop.Receiver.Packets.ShouldBe(frames);
        loop.Digits.Select(d => (d.Digit, d.Source)).ShouldBe([('7', DigitSource.Inband)]);
    }

    [Fact]
    public async Task Rtp_from_an_unexpected_source_or_payload_type_is_ignored()
    {
        await using var loop = new RtpLoopback();
        using var stranger = UdpRtpSink.Open(new RtpPortPool(32000, 32999));

        for (var i = 0; i < 3; i++) stranger.Send(Audio((ushort)i, new byte[160]), loop.Callee.LocalEndPoint);
        loop.Caller.Send(Audio(0, new byte[160], payloadType: 18), loop.Callee.LocalEndPoint);
        loop.Caller.Send([1, 2, 3], loop.Callee.LocalEndPoint);
        loop.Caller.Send(Audio(1, new byte[160]), loop.Callee.LocalEndPoint);
        await loop.WaitForDatagramsAsync(6);

        loop.Receiver.Packets.ShouldBe(1);
        loop.Receiver.Dropped.ShouldBe(5);
    }

    [Fact]
    public void Send_counts_errors_instead_of_throwing()
    {
        var pool = new RtpPortPool(33000, 33999);
        var sink = UdpRtpSink.Open(pool);
        var remote = sink.LocalEndPoint;
        sink.Dispose();

        Should.NotThrow(() => sink.Send(new byte[12], remote));

        sink.SendErrors.ShouldBe(1);
        pool.Available.ShouldBe(500);
    }

    private static byte[] Audio(ushort sequence, byte[] payload, byte payloadType = 0) => new RtpPacket
    {
        PayloadType = payloadType,
        SequenceNumber = sequence,
        Timestamp = sequence * 160u,
        Ssrc = 0xCAFE,
        Payload = payload,
    }.ToArray();
}
