using System.Buffers.Binary;
using System.ComponentModel;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>
/// A private Linux epoll instance (level-triggered, EPOLLIN only) over the sockets' file descriptors. Being our own
/// instance, it does not involve the .NET socket engine: no per-socket async operation, no engine thread wake-up.
/// </summary>
internal sealed class EpollReadiness : ISocketReadiness
{
    private const int EpollCloexec = 0x80000;
    private const int EpollCtlAdd = 1;
    private const int EpollCtlDel = 2;
    private const uint EpollIn = 0x001;
    private const int Eintr = 4;

    // struct epoll_event is packed on x86-64 (12 bytes: events, then data at 4) and naturally aligned elsewhere
    // (16 bytes: data at 8).
    private static readonly int EventSize = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int DataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    private readonly int _epoll;
    private byte[] _events = [];
    private int _disposed;

    public EpollReadiness()
    {
        _epoll = epoll_create1(EpollCloexec);
        if (_epoll < 0) throw new Win32Exception(Marshal.GetLastPInvokeError(), "epoll_create1 failed.");
    }

    public void Add(Socket socket, long id)
    {
        Span<byte> ev = stackalloc byte[16];
        ev.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(ev, EpollIn);
        MemoryMarshal.Write(ev[DataOffset..], in id);
        if (epoll_ctl(_epoll, EpollCtlAdd, Descriptor(socket), ref MemoryMarshal.GetReference(ev)) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), "epoll_ctl(EPOLL_CTL_ADD) failed for the RTP socket.");
        }
    }

    public void Remove(Socket socket, long id)
    {
        if (Volatile.Read(ref _disposed) != 0) return;
        // Closing the descriptor already took it out of the set; its number may belong to another socket by now.
        if (socket.SafeHandle.IsClosed) return;
        var fd = Descriptor(socket);
        Span<byte> ev = stackalloc byte[16];
        ev.Clear();
        // ENOENT or EBADF (closed meanwhile) both mean it is no longer watched.
        _ = epoll_ctl(_epoll, EpollCtlDel, fd, ref MemoryMarshal.GetReference(ev));
    }

    public int Wait(Span<long> ready, int timeoutMilliseconds)
    {
        if (_events.Length < ready.Length * EventSize) _events = new byte[ready.Length * EventSize];
        var count = epoll_wait(_epoll, ref MemoryMarshal.GetArrayDataReference(_events), ready.Length, timeoutMilliseconds);
        if (count < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == Eintr ? 0 : throw new Win32Exception(errno, "epoll_wait failed.");
        }
        for (var i = 0; i < count; i++)
        {
            ready[i] = MemoryMarshal.Read<long>(_events.AsSpan(i * EventSize + DataOffset, sizeof(long)));
        }
        return count;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _ = close(_epoll);
    }

    private static int Descriptor(Socket socket) => (int)socket.SafeHandle.DangerousGetHandle();

    [DllImport("libc", SetLastError = true)]
    private static extern int epoll_create1(int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int epoll_ctl(int epfd, int op, int fd, ref byte ev);

    [DllImport("libc", SetLastError = true)]
    private static extern int epoll_wait(int epfd, ref byte events, int maxevents, int timeout);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
