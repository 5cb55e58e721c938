using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Transport;

/// <summary>One TCP connection: an async read loop that frames messages, and serialised writes.</summary>
internal sealed class TcpSipConnection(Socket socket, IPEndPoint remote, SipMessageParser parser) : IAsyncDisposable
{
    private static readonly byte[] Pong = "\r\n"u8.ToArray();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;

    public IPEndPoint Remote { get; } = remote;

    public void Start(ChannelWriter<SipReceived> output, Action<TcpSipConnection> closed) => _reader = ReadLoopAsync(output, closed);

    public async ValueTask SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            while (!data.IsEmpty)
            {
                var sent = await socket.SendAsync(data, SocketFlags.None, cancellationToken);
                data = data[sent..];
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task ReadLoopAsync(ChannelWriter<SipReceived> output, Action<TcpSipConnection> closed)
    {
        var framer = new SipStreamFramer(parser);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var cancellationToken = _stop.Token;
        try
        {
            while (!framer.IsBroken)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, cancellationToken);
                if (read == 0) break;
                framer.Append(buffer.AsSpan(0, read));
                while (framer.TryRead(out var frame))
                {
                    if (frame.Kind == SipFrameKind.KeepAlive) await SendAsync(Pong, cancellationToken);
                    else await output.WriteAsync(new SipReceived(frame.Result!, Remote), cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException or ChannelClosedException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            closed(this);
            socket.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        socket.Dispose();
        await _reader;
        _stop.Dispose();
    }
}
