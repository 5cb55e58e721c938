using System.Diagnostics;
using System.Net;
using FlowBuilder.Telephony.Media.Bridging;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Rtp;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Bridging;

public sealed class RtpRelayTests
{
    private const uint OtherSsrc = 0xB0B0B0B0;
    private static readonly IPEndPoint OtherRemote = new(IPAddress.Loopback, 40002);
    private readonly CapturingRtpSink _sink = new();
    private readonly RelayCounters _counters = new();

    [Fact]
    public void OnPacket_AudioFromA_GoesOutWithBsSsrcAndContinuesBsSequenceAndTimestamp()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcmu, new PacedStreamPosition(65534, 1_000_000));

        for (var i = 0; i < 4; i++) relay.OnPacket(Audio(G711Codec.Pcmu, (ushort)(100 + i), 5000u + (uint)(160 * i)), Stopwatch.GetTimestamp());

        var sent = _sink.For(OtherSsrc);
        sent.Select(p => p.SequenceNumber).ShouldBe([(ushort)65534, (ushort)65535, (ushort)0, (ushort)1]);
        sent.Select(p => p.Timestamp).ShouldBe([1_000_000u, 1_000_160u, 1_000_320u, 1_000_480u]);
        sent.Select(p => p.Marker).ShouldBe([true, false, false, false]);
        sent.ShouldAllBe(p => p.PayloadType == 0);
        _counters.Snapshot().RelayedPackets.ShouldBe(4);
    }

    [Fact]
    public void OnPacket_PcmuToPcma_ReencodesThePayloadThroughTheTable()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcma, new PacedStreamPosition(1, 1));
        var packet = Audio(G711Codec.Pcmu, 1, 0);

        relay.OnPacket(packet, Stopwatch.GetTimestamp());

        var sent = _sink.For(OtherSsrc).ShouldHaveSingleItem();
        sent.PayloadType.ShouldBe((byte)8);
        sent.Payload.ToArray().ShouldBe(packet.Payload.ToArray().Select(b => G711Transcoding.MuLawToALaw[b]).ToArray());
    }

    [Fact]
    public void OnPacket_TelephoneEvent_GetsTheOtherLegsPayloadType()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcmu, new PacedStreamPosition(1, 1), inEvent: 101, outEvent: 96);
        var payload = new byte[] { 5, 0x0A, 0x01, 0x40 };

        relay.OnPacket(new RtpPacket { PayloadType = 101, SequenceNumber = 9, Timestamp = 800, Ssrc = 7, Payload = payload, Marker = true }, Stopwatch.GetTimestamp());

        var sent = _sink.For(OtherSsrc).ShouldHaveSingleItem();
        sent.PayloadType.ShouldBe((byte)96);
        sent.Payload.ToArray().ShouldBe(payload);
    }

    [Fact]
    public void OnPacket_TelephoneEventWhenTheOtherLegHasNone_IsDroppedAndCounted()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcmu, new PacedStreamPosition(1, 1), inEvent: 101, outEvent: null);

        relay.OnPacket(new RtpPacket { PayloadType = 101, Ssrc = 7, Payload = new byte[] { 5, 0x0A, 0, 160 } }, Stopwatch.GetTimestamp());
        relay.OnPacket(new RtpPacket { PayloadType = 13, Ssrc = 7, Payload = new byte[] { 40 } }, Stopwatch.GetTimestamp());

        _sink.Count.ShouldBe(0);
        _counters.Snapshot().ShouldBe(new BridgeCounters(0, 2, 0, 0));
    }

    [Fact]
    public void OnPacket_NewSourceOnA_SetsMarkerAndContinuesRightAfterTheLastTimestamp()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcmu, new PacedStreamPosition(10, 2000));
        relay.OnPacket(Audio(G711Codec.Pcmu, 1, 90_000, ssrc: 1), Stopwatch.GetTimestamp());

        relay.OnPacket(Audio(G711Codec.Pcmu, 500, 7, ssrc: 2), Stopwatch.GetTimestamp());

        var sent = _sink.For(OtherSsrc);
        sent.Select(p => (p.SequenceNumber, p.Timestamp, p.Marker)).ShouldBe([((ushort)10, 2000u, true), ((ushort)11, 2160u, true)]);
    }

    [Fact]
    public void Stop_ReturnsWhereBsStreamGoesOnAndNothingIsSentAfterwards()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcmu, new PacedStreamPosition(10, 2000));
        relay.OnPacket(Audio(G711Codec.Pcmu, 1, 0), Stopwatch.GetTimestamp());

        relay.Stop().ShouldBe(new PacedStreamPosition(11, 2160));
        relay.OnPacket(Audio(G711Codec.Pcmu, 2, 160), Stopwatch.GetTimestamp());

        _sink.Count.ShouldBe(1);
    }

    [Fact]
    public void OnPacket_MeasuresLatencyFromReceiveToSend()
    {
        var relay = Relay(G711Codec.Pcmu, G711Codec.Pcmu, new PacedStreamPosition(1, 1));
        var receivedAt = Stopwatch.GetTimestamp() - Stopwatch.Frequency / 1000;

        relay.OnPacket(Audio(G711Codec.Pcmu, 1, 0), receivedAt);

        var counters = _counters.Snapshot();
        counters.MaxLatency.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1));
        counters.MeanLatency.ShouldBe(counters.MaxLatency);
    }

    [Fact]
    public void OnPacketThroughTheReceiver_TranscodedRelay_AllocatesNothingPerPacket()
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Dgram, System.Net.Sockets.ProtocolType.Udp);
        var from = new IPEndPoint(IPAddress.Loopback, 40001);
        var receiver = new FlowBuilder.Telephony.Media.Sessions.RtpReceiver(socket, new FlowBuilder.Telephony.Media.Sessions.RtpReceiverOptions { Remote = from, DetectInbandDtmf = false }, null);
        var relay = new RtpRelay(NullSink.Instance, OtherRemote, new RtpRelayFormat(G711Codec.Pcmu, 101, G711Codec.Pcma, 96, OtherSsrc), new PacedStreamPosition(1, 1), _counters);
        receiver.Relay = relay;
        var datagram = Audio(G711Codec.Pcmu, 1, 0).ToArray();
        for (var i = 0; i < 100; i++) receiver.Accept(datagram, from);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) receiver.Accept(datagram, from);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        _counters.Snapshot().RelayedPackets.ShouldBe(1100);
    }

    private sealed class NullSink : IRtpSink
    {
        public static readonly NullSink Instance = new();

        public void Send(ReadOnlySpan<byte> packet, IPEndPoint remote)
        {
        }
    }

    private RtpRelay Relay(G711Codec input, G711Codec output, PacedStreamPosition start, byte? inEvent = null, byte? outEvent = null) =>
        new(_sink, OtherRemote, new RtpRelayFormat(input, inEvent, output, outEvent, OtherSsrc), start, _counters);

    private static RtpPacket Audio(G711Codec codec, ushort sequence, uint timestamp, uint ssrc = 0xA0A0A0A0) => new()
    {
        PayloadType = (byte)codec,
        SequenceNumber = sequence,
        Timestamp = timestamp,
        Ssrc = ssrc,
        Payload = Enumerable.Range(0, 160).Select(i => (byte)(i * 7)).ToArray(),
    };
}
