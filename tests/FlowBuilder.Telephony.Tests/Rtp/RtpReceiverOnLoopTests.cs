using System.Collections.Concurrent;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Rtp;

public sealed class RtpReceiverOnLoopTests
{
    private static readonly RtpPortPool Pool = new(34000, 34999);

    [Fact]
    public async Task Receiver_StartedOnALoop_ReportsAnRfc4733DigitAndCountsPackets()
    {
        using var loop = new RtpReceiveLoop();
        using var caller = UdpRtpSink.Open(Pool);
        using var callee = UdpRtpSink.Open(Pool);
        await using var receiver = new RtpReceiver(callee, new RtpReceiverOptions { Remote = caller.LocalEndPoint });
        var digits = new ConcurrentQueue<ReceivedDigit>();
        var handled = 0;
        var allHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var packets = new TelephoneEventSender(101, 0x1234).CreateDigit('9', 100, 8000, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20));
        receiver.DigitReceived += (_, digit) => digits.Enqueue(digit);
        receiver.DatagramHandled += (_, _) =>
        {
            if (Interlocked.Increment(ref handled) == packets.Count + 1) allHandled.TrySetResult();
        };

        receiver.StartOn(loop);
        foreach (var packet in packets) caller.Send(packet.Packet.ToArray(), callee.LocalEndPoint);
        caller.Send([1, 2, 3], callee.LocalEndPoint);
        await allHandled.Task.WaitAsync(TimeSpan.FromSeconds(10));

        digits.Select(d => (d.Digit, d.Source)).ShouldBe([('9', DigitSource.Rfc4733)]);
        receiver.Packets.ShouldBe(packets.Count);
        receiver.Dropped.ShouldBe(1);
        loop.SocketCount.ShouldBe(1);
        Should.Throw<InvalidOperationException>(receiver.Start);
    }

    [Fact]
    public async Task Receiver_Disposed_LeavesTheLoop()
    {
        using var loop = new RtpReceiveLoop();
        using var callee = UdpRtpSink.Open(Pool);
        var receiver = new RtpReceiver(callee, new RtpReceiverOptions { Remote = callee.LocalEndPoint });
        receiver.StartOn(loop);

        await receiver.DisposeAsync();

        loop.SocketCount.ShouldBe(0);
    }

    [Fact]
    public void Accept_FedDirectly_DropsDatagramsFromAnotherSource()
    {
        using var callee = UdpRtpSink.Open(Pool);
        var remote = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 40000);
        var receiver = new RtpReceiver(callee, new RtpReceiverOptions { Remote = remote });
        var audio = new RtpPacket { PayloadType = 0, SequenceNumber = 1, Ssrc = 7, Payload = new byte[160] }.ToArray();

        receiver.Accept(audio, remote);
        receiver.Accept(audio, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 40002));

        receiver.Packets.ShouldBe(1);
        receiver.Bytes.ShouldBe(172);
        receiver.Dropped.ShouldBe(1);
    }
}
