using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using FlowBuilder.Messaging.Smpp;

namespace FlowBuilder.Messaging.Tests.Infrastructure;

/// <summary>A tiny scripted SMSC for the error paths the real simulator never takes (refusals, throttling, silence).
/// It answers bind (with BindStatus) and unbind itself and hands every other PDU to the test, which decides what to send back.</summary>
internal sealed class ScriptedSmsc : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<(SmppPdu Pdu, NetworkStream Stream)> _received = Channel.CreateUnbounded<(SmppPdu, NetworkStream)>();
    private readonly Channel<TcpClient> _connections = Channel.CreateUnbounded<TcpClient>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private readonly Task _acceptor;

    public ScriptedSmsc(uint bindStatus = SmppStatus.Ok)
    {
        BindStatus = bindStatus;
        _listener.Start();
        _acceptor = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public uint BindStatus { get; }

    public int Connections { get; private set; }

    /// <summary>The next PDU from the client other than bind (answered already).</summary>
    public async Task<(SmppPdu Pdu, NetworkStream Stream)> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TestLimits.Network);

    public async Task<TcpClient> NextConnectionAsync() =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(TestLimits.Network);

    public static async Task SendAsync(NetworkStream stream, SmppPdu pdu) => await stream.WriteAsync(SmppCodec.Encode(pdu));

    public static SmppPdu SubmitResp(SmppPdu request, uint status, string? id) =>
        SmppPdu.Response(request, status, id is null ? [] : [.. System.Text.Encoding.ASCII.GetBytes(id), 0]);

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients) foreach (var client in _clients) client.Dispose();
        try { await _acceptor; }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            lock (_clients) _clients.Add(client);
            Connections++;
            _connections.Writer.TryWrite(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        var stream = client.GetStream();
        try
        {
            while (await SmppCodec.ReadAsync(stream, _stop.Token) is { } pdu)
            {
                if (pdu.CommandId == SmppCommand.BindTransceiver)
                    await SendAsync(stream, SmppPdu.Response(pdu, BindStatus, [.. "SCRIPTED"u8, 0]));
                else if (pdu.CommandId == SmppCommand.Unbind)
                    await SendAsync(stream, SmppPdu.Response(pdu, SmppStatus.Ok));
                else
                    _received.Writer.TryWrite((pdu, stream));
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }
}
