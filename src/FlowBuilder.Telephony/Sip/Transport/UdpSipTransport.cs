using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Transport;

/// <summary>SIP over UDP: one socket, one async receive loop, one datagram per message (RFC 3261 §18).</summary>
public sealed class UdpSipTransport : ISipTransport
{
    private readonly Socket _socket;
    private readonly SipMessageParser _parser;
    private readonly Channel<SipReceived> _received;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private UdpSipTransport(Socket socket, SipTransportOptions options)
    {
        _socket = socket;
        _parser = new SipMessageParser(options.Parser);
        _received = Channel.CreateBounded<SipReceived>(new BoundedChannelOptions(options.ReceiveQueueCapacity) { SingleWriter = true });
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        _loop = ReceiveLoopAsync(_stop.Token);
    }

    public string Protocol => "UDP";

    public bool IsReliable => false;

    public IPEndPoint LocalEndPoint { get; }

    public ChannelReader<SipReceived> Received => _received.Reader;

    /// <summary>Binds a socket (port 0 picks a free one) and starts receiving.</summary>
    public static UdpSipTransport Bind(IPEndPoint local, SipTransportOptions? options = null)
    {
        var socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            // 4 MiB so bursts (a campaign's INVITEs, a registration storm) queue instead of dropping; best effort:
            // Linux silently caps it at net.core.rmem_max, so raise that sysctl for the full size.
            socket.ReceiveBufferSize = 4 * 1024 * 1024;
            socket.Bind(local);
            return new UdpSipTransport(socket, options ?? SipTransportOptions.Default);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> message, IPEndPoint remote, CancellationToken cancellationToken = default) =>
        await _socket.SendToAsync(message, SocketFlags.None, remote, cancellationToken);

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[65536];
        EndPoint any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                SocketReceiveFromResult datagram;
                try
                {
                    datagram = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken);
                }
                catch (SocketException)
                {
                    continue;
                }
                var result = _parser.Parse(buffer.AsSpan(0, datagram.ReceivedBytes));
                if (result.Failure?.Error == SipParseError.Empty) continue;
                await _received.Writer.WriteAsync(new SipReceived(result, (IPEndPoint)datagram.RemoteEndPoint), cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _loop;
        _stop.Dispose();
    }
}
