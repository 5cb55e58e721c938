using System.Collections.Concurrent;
using System.Net.Sockets;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// One dedicated thread, named "rtp-receive", that reads RTP for many UDP sockets — instead of a pending
/// <c>ReceiveFromAsync</c> per call, which registers every socket with the .NET socket engine and wakes its thread
/// on every send. On Linux it waits on its own epoll instance (EPOLLIN only); elsewhere on
/// <see cref="Socket.Select"/>. Each ready socket is drained with non-blocking receives into one reused buffer and
/// every datagram goes to the socket's <see cref="IRtpDatagramHandler"/>, on this thread.
/// Dispose stops the thread and waits for it (up to <see cref="WaitTimeout"/>); the sockets stay open.
/// </summary>
public sealed class RtpReceiveLoop : IDisposable
{
    public const string ThreadName = "rtp-receive";

    /// <summary>How long one wait for readiness may block, which bounds how long Dispose takes.</summary>
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromMilliseconds(50);

    private const int MaxDatagram = 2048;
    private const int MaxReadyPerWait = 256;

    /// <summary>Datagrams taken from one socket per wake-up. One: a call's socket gets a datagram every 20 ms, so asking whether a
    /// second one waits (FIONREAD) is a wasted system call per packet; epoll is level-triggered and reports the socket again.</summary>
    private const int DrainBudget = 1;

    private readonly ISocketReadiness _readiness;
    private readonly ConcurrentDictionary<long, RtpReceiveRegistration> _registrations = new();
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private long _nextId;
    private volatile bool _stopping;
    private long _receiveErrors;
    private long _handlerFailures;
    private Exception? _lastHandlerFailure;
    private readonly int? _realtimePriority;

    /// <summary>Why the thread is not SCHED_FIFO although a real-time priority was asked for; null otherwise.</summary>
    public string? RealtimeFailure { get; private set; }

    /// <param name="realtimePriority">Run the thread as SCHED_FIFO at this priority (1-99) when permitted, so a relayed packet
    /// waits for no other work on the host; null for the default scheduling. <see cref="RealtimeFailure"/> says why not.</param>
    public RtpReceiveLoop(int? realtimePriority = null)
        : this(usePolling: !OperatingSystem.IsLinux(), realtimePriority)
    {
    }

    /// <param name="usePolling">Use the <see cref="Socket.Select"/> fallback even on Linux.</param>
    internal RtpReceiveLoop(bool usePolling, int? realtimePriority = null)
    {
        _realtimePriority = realtimePriority;
        _readiness = usePolling ? new SelectReadiness() : new EpollReadiness();
        UsesEpoll = !usePolling;
        _thread = new Thread(Run) { Name = ThreadName, IsBackground = true };
        _thread.Start();
    }

    /// <summary>True when readiness comes from epoll, false with the <see cref="Socket.Select"/> fallback.</summary>
    public bool UsesEpoll { get; }

    public int SocketCount => _registrations.Count;

    /// <summary>Receive failures other than "no datagram waiting"; a socket whose receive fails hard is dropped.</summary>
    public long ReceiveErrors => Interlocked.Read(ref _receiveErrors);

    /// <summary>Exceptions thrown by handlers; the loop carries on.</summary>
    public long HandlerFailures => Interlocked.Read(ref _handlerFailures);

    public Exception? LastHandlerFailure => Volatile.Read(ref _lastHandlerFailure);

    internal Thread Thread => _thread;

    /// <summary>
    /// Starts delivering <paramref name="socket"/>'s datagrams to <paramref name="handler"/> and switches the socket
    /// to non-blocking (it must stay so, and must not also be read elsewhere). Dispose the returned registration to
    /// stop; after that Dispose returns the handler is not called again.
    /// </summary>
    public IDisposable Register(Socket socket, IRtpDatagramHandler handler)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(handler);
        if (socket.SocketType != SocketType.Dgram) throw new ArgumentException("Only UDP sockets can be read by an RTP receive loop.", nameof(socket));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            socket.Blocking = false;
            var registration = new RtpReceiveRegistration(this, Interlocked.Increment(ref _nextId), socket, handler);
            _registrations[registration.Id] = registration;
            try
            {
                _readiness.Add(socket, registration.Id);
            }
            catch
            {
                _registrations.TryRemove(registration.Id, out _);
                throw;
            }
            return registration;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping) return;
            _stopping = true;
        }
        if (Thread.CurrentThread != _thread) _thread.Join();
        foreach (var registration in _registrations.Values) registration.Dispose();
        _readiness.Dispose();
    }

    internal void Unregister(RtpReceiveRegistration registration)
    {
        if (_registrations.TryRemove(registration.Id, out _)) _readiness.Remove(registration.Socket, registration.Id);
    }

    internal void CountReceiveError() => Interlocked.Increment(ref _receiveErrors);

    internal void CountHandlerFailure(Exception failure)
    {
        Interlocked.Increment(ref _handlerFailures);
        Volatile.Write(ref _lastHandlerFailure, failure);
    }

    private void Run()
    {
        if (_realtimePriority is { } priority) RealtimeFailure = Media.Pacing.RealtimeScheduling.TryRaiseCurrentThread(priority);
        var ready = new long[MaxReadyPerWait];
        var buffer = new byte[MaxDatagram];
        var timeout = (int)WaitTimeout.TotalMilliseconds;
        while (!_stopping)
        {
            var count = _readiness.Wait(ready, timeout);
            for (var i = 0; i < count && !_stopping; i++)
            {
                if (_registrations.TryGetValue(ready[i], out var registration) && !registration.Drain(buffer, DrainBudget))
                {
                    registration.Dispose();
                }
            }
        }
    }
}
