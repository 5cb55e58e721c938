namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>
/// Hands out even RTP ports (RFC 3550 §11: RTP on even, RTCP on the next odd port) from an inclusive range,
/// lowest free first, and takes them back on <see cref="Release"/>. Thread-safe.
/// </summary>
public sealed class RtpPortPool
{
    private readonly Lock _gate = new();
    private readonly SortedSet<int> _free = [];

    public RtpPortPool(int firstPort = 20000, int lastPort = 20999)
    {
        if (firstPort is < 1024 or > 65534) throw new ArgumentOutOfRangeException(nameof(firstPort), firstPort, "The first RTP port must be within 1024-65534.");
        if (lastPort < firstPort || lastPort > 65535) throw new ArgumentOutOfRangeException(nameof(lastPort), lastPort, "The last RTP port must be within the first port and 65535.");
        for (var port = firstPort + firstPort % 2; port <= lastPort; port += 2) _free.Add(port);
        if (_free.Count == 0) throw new ArgumentException($"The range {firstPort}-{lastPort} holds no even port.", nameof(lastPort));
        FirstPort = firstPort;
        LastPort = lastPort;
    }

    public int FirstPort { get; }

    public int LastPort { get; }

    public int Available
    {
        get
        {
            lock (_gate) return _free.Count;
        }
    }

    /// <summary>The lowest free even port, or false when every port is in use.</summary>
    public bool TryRent(out int port)
    {
        lock (_gate)
        {
            port = _free.Count == 0 ? 0 : _free.Min;
            return port != 0 && _free.Remove(port);
        }
    }

    public void Release(int port)
    {
        if (port % 2 != 0 || port < FirstPort || port > LastPort) throw new ArgumentOutOfRangeException(nameof(port), port, $"Port {port} is not an even port of {FirstPort}-{LastPort}.");
        lock (_gate) _free.Add(port);
    }
}
