namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>
/// At most <c>limit</c> events per key in any window of <c>window</c> (a sliding log: each key keeps the times of its last
/// <c>limit</c> events). Memory stays bounded: keys whose events have all left the window are dropped on a sweep, run every
/// <see cref="SweepEvery"/> checks, and when more than <see cref="MaxKeys"/> keys are held the oldest are dropped first.
/// </summary>
internal sealed class SlidingWindowLimiter(int limit, TimeSpan window)
{
    public const int SweepEvery = 1024;
    public const int MaxKeys = 100_000;
    private readonly Dictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _checks;

    public int Limit { get; } = limit;

    public TimeSpan Window { get; } = window;

    public int KeyCount
    {
        get
        {
            lock (_gate) return _events.Count;
        }
    }

    /// <summary>Null when one more event for <paramref name="key"/> fits at <paramref name="now"/>; else how long until it does.</summary>
    public TimeSpan? RetryAfter(string key, DateTimeOffset now)
    {
        if (Limit <= 0) return null;
        lock (_gate)
        {
            if (!_events.TryGetValue(key, out var times)) return null;
            Trim(times, now);
            if (times.Count < Limit) return null;
            var wait = times.Peek() + Window - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }
    }

    /// <summary>Counts one event for <paramref name="key"/> at <paramref name="now"/>.</summary>
    public void Record(string key, DateTimeOffset now)
    {
        if (Limit <= 0) return;
        lock (_gate)
        {
            if (++_checks % SweepEvery == 0 || _events.Count >= MaxKeys) Sweep(now);
            if (!_events.TryGetValue(key, out var times)) _events[key] = times = new Queue<DateTimeOffset>(Math.Min(Limit, 16));
            Trim(times, now);
            times.Enqueue(now);
            while (times.Count > Limit) times.Dequeue();
        }
    }

    private void Trim(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() <= now - Window) times.Dequeue();
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, times) in _events.ToList())
        {
            Trim(times, now);
            if (times.Count == 0) _events.Remove(key);
        }
        if (_events.Count < MaxKeys) return;
        foreach (var key in _events.OrderBy(e => e.Value.Last()).Take(_events.Count - MaxKeys / 2).Select(e => e.Key).ToList()) _events.Remove(key);
    }
}
