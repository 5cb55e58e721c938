using System.Net.Sockets;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>The portable fallback: <see cref="Socket.Select"/> over every watched socket on each wait.</summary>
internal sealed class SelectReadiness : ISocketReadiness
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Socket, long> _ids = [];
    private readonly List<Socket> _check = [];
    private readonly ManualResetEventSlim _added = new(false, spinCount: 1);

    public void Add(Socket socket, long id)
    {
        lock (_gate) _ids.Add(socket, id);
        _added.Set();
    }

    public void Remove(Socket socket, long id)
    {
        lock (_gate) _ids.Remove(socket);
    }

    public int Wait(Span<long> ready, int timeoutMilliseconds)
    {
        _check.Clear();
        lock (_gate)
        {
            foreach (var socket in _ids.Keys) _check.Add(socket);
            if (_check.Count == 0) _added.Reset();
        }
        if (_check.Count == 0)
        {
            _added.Wait(timeoutMilliseconds);
            return 0;
        }
        try
        {
            Socket.Select(_check, null, null, timeoutMilliseconds * 1000);
        }
        catch (ObjectDisposedException)
        {
            // A watched socket was closed without being removed; forget it and look again next time.
            lock (_gate)
            {
                foreach (var closed in _ids.Keys.Where(s => s.SafeHandle.IsClosed).ToList()) _ids.Remove(closed);
            }
            return 0;
        }
        var count = 0;
        lock (_gate)
        {
            foreach (var socket in _check)
            {
                if (count == ready.Length) break;
                if (_ids.TryGetValue(socket, out var id)) ready[count++] = id;
            }
        }
        return count;
    }

    public void Dispose() => _added.Set();
}
