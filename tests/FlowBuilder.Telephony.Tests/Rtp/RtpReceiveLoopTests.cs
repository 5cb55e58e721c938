using System.Net;
using System.Net.Sockets;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Tests.Rtp;

public sealed class RtpReceiveLoopTests : IDisposable
{
    private readonly List<Socket> _sockets = [];

    public static TheoryData<bool> Backends => new() { false, true };

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Datagrams_FromTwoSockets_ReachTheirOwnHandlers(bool usePolling)
    {
        using var loop = new RtpReceiveLoop(usePolling);
        var (a, b, sender) = (Bound(), Bound(), Bound());
        var (toA, toB) = (new RecordingDatagramHandler(), new RecordingDatagramHandler());
        using var _ = loop.Register(a, toA);
        using var __ = loop.Register(b, toB);

        sender.SendTo("a1"u8, a.LocalEndPoint!);
        sender.SendTo("b1"u8, b.LocalEndPoint!);
        sender.SendTo("a2"u8, a.LocalEndPoint!);
        await toA.WaitForAsync(2);
        await toB.WaitForAsync(1);

        toA.Received.Select(d => System.Text.Encoding.ASCII.GetString(d.Data)).ShouldBe(["a1", "a2"]);
        toB.Received.Select(d => System.Text.Encoding.ASCII.GetString(d.Data)).ShouldBe(["b1"]);
        toA.Received[0].From.ShouldBe(sender.LocalEndPoint);
        loop.UsesEpoll.ShouldBe(!usePolling);
    }

    [Fact]
    public async Task Datagrams_FromTheSameSender_ShareOneEndPointInstance()
    {
        using var loop = new RtpReceiveLoop();
        var (socket, first, second) = (Bound(), Bound(), Bound());
        var handler = new RecordingDatagramHandler();
        using var _ = loop.Register(socket, handler);

        first.SendTo("1"u8, socket.LocalEndPoint!);
        first.SendTo("2"u8, socket.LocalEndPoint!);
        await handler.WaitForAsync(2);
        second.SendTo("3"u8, socket.LocalEndPoint!);
        await handler.WaitForAsync(3);

        var from = handler.Received.Select(d => d.From).ToList();
        from[1].ShouldBeSameAs(from[0]);
        from[2].ShouldBe(second.LocalEndPoint);
        from[2].ShouldNotBe(from[0]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Unregistered_Socket_IsNoLongerDelivered(bool usePolling)
    {
        using var loop = new RtpReceiveLoop(usePolling);
        var (gone, staying, sender) = (Bound(), Bound(), Bound());
        var (toGone, toStaying) = (new RecordingDatagramHandler(), new RecordingDatagramHandler());
        var registration = loop.Register(gone, toGone);
        using var _ = loop.Register(staying, toStaying);
        sender.SendTo("before"u8, gone.LocalEndPoint!);
        await toGone.WaitForAsync(1);

        registration.Dispose();
        sender.SendTo("after"u8, gone.LocalEndPoint!);
        sender.SendTo("marker"u8, staying.LocalEndPoint!);
        await toStaying.WaitForAsync(1);

        toGone.Received.ShouldHaveSingleItem();
        loop.SocketCount.ShouldBe(1);
        gone.Available.ShouldBeGreaterThan(0); // the datagram is still queued on the socket, unread
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Dispose_JoinsTheThread(bool usePolling)
    {
        var loop = new RtpReceiveLoop(usePolling);
        loop.Register(Bound(), new RecordingDatagramHandler());
        loop.Thread.Name.ShouldBe("rtp-receive");
        loop.Thread.IsAlive.ShouldBeTrue();

        loop.Dispose();

        loop.Thread.IsAlive.ShouldBeFalse();
        loop.SocketCount.ShouldBe(0);
        Should.Throw<ObjectDisposedException>(() => loop.Register(Bound(), new RecordingDatagramHandler()));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task TwoHundredSockets_EachGetTheirDatagrams(bool usePolling)
    {
        using var loop = new RtpReceiveLoop(usePolling);
        var sender = Bound();
        var calls = Enumerable.Range(0, 200).Select(_ => (Socket: Bound(), Handler: new RecordingDatagramHandler())).ToList();
        var registrations = calls.Select(c => loop.Register(c.Socket, c.Handler)).ToList();

        for (var round = 0; round < 3; round++)
        {
            foreach (var (socket, _) in calls) sender.SendTo(BitConverter.GetBytes(socket.GetHashCode()), socket.LocalEndPoint!);
        }
        await Task.WhenAll(calls.Select(c => c.Handler.WaitForAsync(3)));

        foreach (var (socket, handler) in calls)
        {
            handler.Received.Count.ShouldBe(3);
            handler.Received.ShouldAllBe(d => BitConverter.ToInt32(d.Data) == socket.GetHashCode());
        }
        loop.SocketCount.ShouldBe(200);
        registrations.ForEach(r => r.Dispose());
        loop.SocketCount.ShouldBe(0);
    }

    [Fact]
    public void Register_MakesTheSocketNonBlocking()
    {
        using var loop = new RtpReceiveLoop();
        var socket = Bound();

        using var _ = loop.Register(socket, new RecordingDatagramHandler());

        socket.Blocking.ShouldBeFalse();
    }

    [Fact]
    public async Task Handler_Throwing_IsCountedAndTheLoopCarriesOn()
    {
        using var loop = new RtpReceiveLoop();
        var (faulty, healthy, sender) = (Bound(), Bound(), Bound());
        var toHealthy = new RecordingDatagramHandler();
        using var _ = loop.Register(faulty, new RecordingDatagramHandler { OnAccept = () => throw new InvalidOperationException("bug") });
        using var __ = loop.Register(healthy, toHealthy);

        sender.SendTo("x"u8, faulty.LocalEndPoint!);
        sender.SendTo("y"u8, faulty.LocalEndPoint!);
        sender.SendTo("z"u8, healthy.LocalEndPoint!);
        await toHealthy.WaitForAsync(1);
        sender.SendTo("z"u8, healthy.LocalEndPoint!);
        await toHealthy.WaitForAsync(2);

        loop.HandlerFailures.ShouldBe(2);
        loop.LastHandlerFailure.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("bug");
    }

    [Fact]
    public async Task Unregister_AfterTheSocketWasClosed_LeavesTheOthersRunning()
    {
        using var loop = new RtpReceiveLoop();
        var (closing, other, sender) = (Bound(), Bound(), Bound());
        var toOther = new RecordingDatagramHandler();
        var registration = loop.Register(closing, new RecordingDatagramHandler());
        using var _ = loop.Register(other, toOther);

        closing.Dispose();
        registration.Dispose();
        sender.SendTo("still here"u8, other.LocalEndPoint!);

        await toOther.WaitForAsync(1);
        loop.SocketCount.ShouldBe(1);
    }

    public void Dispose()
    {
        foreach (var socket in _sockets) socket.Dispose();
    }

    private Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _sockets.Add(socket);
        return socket;
    }
}
