using System.Net;
using System.Net.Sockets;
using System.Text;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.Transport;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip;

/// <summary>Real sockets on the loopback interface; every wait is for an event, bounded by a generous timeout.</summary>
public sealed class TransportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly IPEndPoint AnyLoopback = new(IPAddress.Loopback, 0);

    private static SipRequest Options(string branch) => TestMessages.Request("OPTIONS", branch);

    private static async Task<SipReceived> NextAsync(ISipTransport transport) =>
        await transport.Received.ReadAsync().AsTask().WaitAsync(Patience);

    [Fact]
    public async Task Udp_RequestOverLoopback_ArrivesParsedWithTheSendersEndpoint()
    {
        await using var sender = UdpSipTransport.Bind(AnyLoopback);
        await using var receiver = UdpSipTransport.Bind(AnyLoopback);

        await sender.SendAsync(Options("z9hG4bKudp").ToBytes(), receiver.LocalEndPoint);
        var received = await NextAsync(receiver);

        received.Result.IsSuccess.ShouldBeTrue();
        received.Result.Message.ShouldBeOfType<SipRequest>().Method.ShouldBe("OPTIONS");
        received.Remote.ShouldBe(sender.LocalEndPoint);
        receiver.IsReliable.ShouldBeFalse();
        receiver.Protocol.ShouldBe("UDP");
    }

    [Fact]
    public async Task Udp_MalformedDatagram_ArrivesAsAFailure()
    {
        await using var receiver = UdpSipTransport.Bind(AnyLoopback);
        using var raw = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

        await raw.SendToAsync("HELLO WORLD\r\n\r\n"u8.ToArray(), receiver.LocalEndPoint);
        var received = await NextAsync(receiver);

        received.Result.Failure!.Error.ShouldBe(SipParseError.BadStartLine);
    }

    [Fact]
    public async Task Tcp_RequestOverLoopback_ArrivesParsedAndTheReplyUsesTheSameConnection()
    {
        await using var client = TcpSipTransport.Listen(AnyLoopback);
        await using var server = TcpSipTransport.Listen(AnyLoopback);
        var request = Options("z9hG4bKtcp");

        await client.SendAsync(request.ToBytes(), server.LocalEndPoint);
        var atServer = await NextAsync(server);
        await server.SendAsync(((SipRequest)atServer.Result.Message!).CreateResponse(200).ToBytes(), atServer.Remote);
        var atClient = await NextAsync(client);

        atServer.Result.Message.ShouldBeOfType<SipRequest>().TopVia!.Branch.ShouldBe("z9hG4bKtcp");
        atClient.Result.Message.ShouldBeOfType<SipResponse>().StatusCode.ShouldBe(200);
        atClient.Remote.ShouldBe(server.LocalEndPoint);
        client.ConnectionCount.ShouldBe(1);
        server.ConnectionCount.ShouldBe(1);
        server.IsReliable.ShouldBeTrue();
    }

    [Fact]
    public async Task Tcp_MessagesAndPingInOneWrite_AreFramedAndThePingIsAnswered()
    {
        await using var server = TcpSipTransport.Listen(AnyLoopback);
        using var raw = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await raw.ConnectAsync(server.LocalEndPoint);

        byte[] payload = [.. Options("z9hG4bK1").ToBytes(), .. "\r\n\r\n"u8, .. Options("z9hG4bK2").ToBytes()];
        await raw.SendAsync(payload.AsMemory());
        var first = await NextAsync(server);
        var second = await NextAsync(server);
        var pong = new byte[2];
        var read = await raw.ReceiveAsync(pong.AsMemory()).AsTask().WaitAsync(Patience);

        first.Result.Message!.TopVia!.Branch.ShouldBe("z9hG4bK1");
        second.Result.Message!.TopVia!.Branch.ShouldBe("z9hG4bK2");
        Encoding.ASCII.GetString(pong, 0, read).ShouldBe("\r\n");
    }

    [Fact]
    public async Task Tcp_LostFraming_ReportsTheFailureAndClosesTheConnection()
    {
        await using var server = TcpSipTransport.Listen(AnyLoopback);
        using var raw = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await raw.ConnectAsync(server.LocalEndPoint);
        var withoutLength = Encoding.UTF8.GetString(Options("z9hG4bK3").ToBytes()).Replace("Content-Length: 0\r\n", "");

        await raw.SendAsync(Encoding.UTF8.GetBytes(withoutLength));
        var received = await NextAsync(server);
        var read = await raw.ReceiveAsync(new byte[16].AsMemory()).AsTask().WaitAsync(Patience);

        received.Result.Failure!.Error.ShouldBe(SipParseError.MissingContentLength);
        read.ShouldBe(0);
    }

    [Fact]
    public async Task Tcp_ConnectionsBeyondTheLimit_AreRefused()
    {
        await using var server = TcpSipTransport.Listen(AnyLoopback, new SipTransportOptions { MaxConnections = 1 });
        using var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await first.ConnectAsync(server.LocalEndPoint);
        await first.SendAsync(Options("z9hG4bK4").ToBytes());
        await NextAsync(server);

        await second.ConnectAsync(server.LocalEndPoint);
        var read = await second.ReceiveAsync(new byte[16].AsMemory()).AsTask().WaitAsync(Patience);

        read.ShouldBe(0);
        server.ConnectionCount.ShouldBe(1);
    }

    [Fact]
    public async Task Tcp_SendToAClosedPort_Throws()
    {
        await using var client = TcpSipTransport.Listen(AnyLoopback);
        int closedPort;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(AnyLoopback);
            closedPort = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        await Should.ThrowAsync<SocketException>(async () => await client.SendAsync(Options("z9hG4bK5").ToBytes(), new IPEndPoint(IPAddress.Loopback, closedPort)));
    }

    [Theory]
    [InlineData("udp")]
    [InlineData("tcp")]
    public async Task TransactionLayers_OverRealSockets_CompleteAnOptionsExchange(string protocol)
    {
        await using ISipTransport clientTransport = protocol == "udp" ? UdpSipTransport.Bind(AnyLoopback) : TcpSipTransport.Listen(AnyLoopback);
        await using ISipTransport serverTransport = protocol == "udp" ? UdpSipTransport.Bind(AnyLoopback) : TcpSipTransport.Listen(AnyLoopback);
        var clientLayer = new SipTransactionLayer(clientTransport);
        var serverLayer = new SipTransactionLayer(serverTransport);
        serverLayer.RequestReceived += t => t.Respond(t.Request.CreateResponse(200));
        using var stop = new CancellationTokenSource();
        var loops = new[] { clientLayer.RunAsync(stop.Token), serverLayer.RunAsync(stop.Token) };

        var transaction = clientLayer.CreateClientTransaction(TestMessages.Request("OPTIONS"), serverTransport.LocalEndPoint);
        transaction.Start();
        var result = await transaction.Completion.WaitAsync(Patience);
        await stop.CancelAsync();
        await Task.WhenAll(loops.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));

        result.Response!.StatusCode.ShouldBe(200);
        result.Response.TopVia!.Transport.ShouldBe(protocol.ToUpperInvariant());
    }
}
