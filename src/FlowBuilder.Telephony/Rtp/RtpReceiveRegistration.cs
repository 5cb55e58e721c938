using System.Net;
using System.Net.Sockets;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// One socket on an <see cref="RtpReceiveLoop"/>: drains it without blocking and hands each datagram to its
/// handler. Dispose takes it off the loop; once Dispose returns, the handler is not called again (unless Dispose
/// is called from the handler itself, which is allowed).
/// </summary>
internal sealed class RtpReceiveRegistration : IDisposable
{
    private readonly RtpReceiveLoop _loop;
    private readonly IRtpDatagramHandler _handler;
    private readonly Lock _gate = new();
    private readonly SocketAddress _received;
    private readonly int _maxAddressSize;
    private readonly IPEndPoint _template;
    private SocketAddress? _lastAddress;
    private IPEndPoint? _lastEndPoint;
    private bool _active = true;

    public RtpReceiveRegistration(RtpReceiveLoop loop, long id, Socket socket, IRtpDatagramHandler handler)
    {
        _loop = loop;
        Id = id;
        Socket = socket;
        _handler = handler;
        _maxAddressSize = SocketAddress.GetMaximumAddressSize(socket.AddressFamily);
        _received = new SocketAddress(socket.AddressFamily, _maxAddressSize);
        _template = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
    }

    public long Id { get; }

    public Socket Socket { get; }

    /// <summary>
    /// Reads up to <paramref name="budget"/> datagrams into <paramref name="buffer"/>, handing each to the handler;
    /// returns false when the socket is closed or failed and should be dropped.
    /// </summary>
    public bool Drain(byte[] buffer, int budget)
    {
        lock (_gate)
        {
            if (!_active) return true;
            try
            {
                for (var i = 0; i < budget; i++)
                {
                    // Readiness promised the first datagram; later ones only if the queue still holds one
                    // (FIONREAD: the next datagram's size), so the usual case throws no WouldBlock.
                    if (i > 0 && Socket.Available == 0) break;
                    _received.Size = _maxAddressSize;
                    int length;
                    try
                    {
                        length = Socket.ReceiveFrom(buffer, SocketFlags.None, _received);
                    }
                    catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.MessageSize or SocketError.ConnectionReset)
                    {
                        if (e.SocketErrorCode == SocketError.WouldBlock) break;
                        _loop.CountReceiveError();
                        continue;
                    }
                    Deliver(buffer.AsSpan(0, length), EndPointOf(_received));
                }
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
            catch (SocketException)
            {
                _loop.CountReceiveError();
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (!_active) return;
            _active = false;
        }
        _loop.Unregister(this);
    }

    private void Deliver(ReadOnlySpan<byte> datagram, IPEndPoint from)
    {
        try
        {
            _handler.Accept(datagram, from);
        }
        catch (Exception e)
        {
            // One call's bug must not stop every other call's audio: counted, and the loop goes on.
            _loop.CountHandlerFailure(e);
        }
    }

    /// <summary>The sender as an <see cref="IPEndPoint"/>, reused while the sender stays the same (the usual case).</summary>
    private IPEndPoint EndPointOf(SocketAddress address)
    {
        if (_lastEndPoint is not null && address.Equals(_lastAddress)) return _lastEndPoint;
        _lastAddress ??= new SocketAddress(address.Family, _maxAddressSize);
        _lastAddress.Size = address.Size;
        address.Buffer.Span[..address.Size].CopyTo(_lastAddress.Buffer.Span);
        _lastEndPoint = (IPEndPoint)_template.Create(address);
        return _lastEndPoint;
    }
}
