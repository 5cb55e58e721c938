using System.Net;
using System.Net.Sockets;
using FlowBuilder.Telephony.Media.Pacing;

namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>
/// One call's RTP socket: bound to an even port from an <see cref="RtpPortPool"/>, it sends the pacer's packets
/// and is the socket an <see cref="RtpReceiver"/> reads. <see cref="Send"/> never throws: failures are counted
/// in <see cref="SendErrors"/> and the packet is dropped. Dispose closes the socket and returns the port.
/// </summary>
public sealed class UdpRtpSink : IRtpSink, IDisposable
{
    private readonly RtpPortPool _pool;
    private long _sent;
    private long _errors;
    private int _disposed;
    private Target? _target;
    private volatile IRtpSink? _tap;

    private UdpRtpSink(Socket socket, RtpPortPool pool, int port)
    {
        Socket = socket;
        _pool = pool;
        Port = port;
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public int Port { get; }

    public long SentPackets => Interlocked.Read(ref _sent);

    public long SendErrors => Interlocked.Read(ref _errors);

    internal Socket Socket { get; }

    /// <summary>Sees every packet sent (prompts, idle audio, relayed audio): what the call's party hears; null for none.</summary>
    internal IRtpSink? Tap
    {
        get => _tap;
        set => _tap = value;
    }

    /// <summary>
    /// Binds a UDP socket to <paramref name="address"/> (default 127.0.0.1) on the first pool port that is free
    /// on the host; ports another process holds are skipped. Throws when the pool has no usable port.
    /// </summary>
    public static UdpRtpSink Open(RtpPortPool pool, IPAddress? address = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        address ??= IPAddress.Loopback;
        var busy = new List<int>();
        try
        {
            while (pool.TryRent(out var port))
            {
                var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                try
                {
                    socket.Bind(new IPEndPoint(address, port));
                    return new UdpRtpSink(socket, pool, port);
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
                {
                    socket.Dispose();
                    busy.Add(port);
                }
            }
        }
        finally
        {
            foreach (var port in busy) pool.Release(port);
        }
        throw new InvalidOperationException($"No free RTP port in {pool.FirstPort}-{pool.LastPort} on {address}; widen the RTP port range.");
    }

    public void Send(ReadOnlySpan<byte> packet, IPEndPoint remote)
    {
        try
        {
            // The serialized address is kept: SendTo with an EndPoint would build one for every packet (50 a second a call).
            var target = _target;
            if (target is null || !target.EndPoint.Equals(remote)) _target = target = new Target(remote, remote.Serialize());
            Socket.SendTo(packet, SocketFlags.None, target.Address);
            Interlocked.Increment(ref _sent);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or ArgumentException)
        {
            Interlocked.Increment(ref _errors);
        }
        _tap?.Send(packet, remote);
    }

    private sealed record Target(IPEndPoint EndPoint, SocketAddress Address);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        Socket.Dispose();
        _pool.Release(Port);
    }
}
