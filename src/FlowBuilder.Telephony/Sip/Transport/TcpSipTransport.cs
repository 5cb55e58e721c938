using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Transport;

/// <summary>
/// SIP over TCP (RFC 3261 §18): a listener with an async accept loop, one async read loop per connection
/// (no thread per connection), connections reused per remote endpoint, bounded by
/// <see cref="SipTransportOptions.MaxConnections"/>. A framing error closes the connection.
/// </summary>
public sealed class TcpSipTransport : ISipTransport
{
    private readonly Socket _listener;
    private readonly SipTransportOptions _options;
    private readonly SipMessageParser _parser;
    private readonly Channel<SipReceived> _received;
    private readonly ConcurrentDictionary<IPEndPoint, TcpSipConnection> _connections = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    private TcpSipTransport(Socket listener, SipTransportOptions options)
    {
        _listener = listener;
        _options = options;
        _parser = new SipMessageParser(options.Parser);
        _received = Channel.CreateBounded<SipReceived>(options.ReceiveQueueCapacity);
        LocalEndPoint = (IPEndPoint)listener.LocalEndPoint!;
        _acceptLoop = AcceptLoopAsync(_stop.Token);
    }

    public string Protocol => "TCP";

    public bool IsReliable => true;

    public IPEndPoint LocalEndPoint { get; }

    public ChannelReader<SipReceived> Received => _received.Reader;

    public int ConnectionCount => _connections.Count;

    /// <summary>Listens on <paramref name="local"/> (port 0 picks a free one) and starts accepting.</summary>
    public static TcpSipTransport Listen(IPEndPoint local, SipTransportOptions? options = null)
    {
        var listener = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(local);
            listener.Listen(128);
            return new TcpSipTransport(listener, options ?? SipTransportOptions.Default);
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, IPEndPoint remote, CancellationToken cancellationToken = default)
    {
        var connection = _connections.TryGetValue(remote, out var open) ? open : await ConnectAsync(remote, cancellationToken);
        await connection.SendAsync(message, cancellationToken);
    }

    private async Task<TcpSipConnection> ConnectAsync(IPEndPoint remote, CancellationToken cancellationToken)
    {
        await _connectGate.WaitAsync(cancellationToken);
        try
        {
            if (_connections.TryGetValue(remote, out var existing)) return existing;
            if (_connections.Count >= _options.MaxConnections)
            {
                throw new SocketException((int)SocketError.TooManyOpenSockets);
            }
            var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
                timeout.CancelAfter(_options.ConnectTimeout);
                await socket.ConnectAsync(remote, timeout.Token);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
            return Adopt(socket, remote);
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptAsync(cancellationToken);
                }
                catch (SocketException)
                {
                    continue;
                }
                if (_connections.Count >= _options.MaxConnections)
                {
                    socket.Dispose();
                    continue;
                }
                socket.NoDelay = true;
                Adopt(socket, (IPEndPoint)socket.RemoteEndPoint!);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private TcpSipConnection Adopt(Socket socket, IPEndPoint remote)
    {
        var connection = new TcpSipConnection(socket, remote, _parser);
        _connections[remote] = connection;
        connection.Start(_received.Writer, closed => _connections.TryRemove(new KeyValuePair<IPEndPoint, TcpSipConnection>(closed.Remote, closed)));
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        await _acceptLoop;
        foreach (var connection in _connections.Values) await connection.DisposeAsync();
        _received.Writer.TryComplete();
        _stop.Dispose();
    }
}
