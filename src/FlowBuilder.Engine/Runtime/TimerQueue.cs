using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Runtime;

/// <summary>
/// The due times of every suspended instance's bookmark timer, served by one timer from the injected
/// <see cref="TimeProvider"/> armed for the earliest. When a time comes, a timeout stimulus is
/// delivered; a timer whose wait has already ended is ignored by the instance.
/// </summary>
internal sealed class TimerQueue : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Action<string, Stimulus> _deliver;
    private readonly PriorityQueue<(string InstanceId, string BookmarkId), DateTimeOffset> _queue = new();
    private readonly Lock _gate = new();
    private readonly ITimer _timer;
    private DateTimeOffset? _armedFor;
    private bool _disposed;

    public TimerQueue(TimeProvider time, Action<string, Stimulus> deliver)
    {
        _time = time;
        _deliver = deliver;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Count
    {
        get
        {
            lock (_gate) return _queue.Count;
        }
    }

    public void Schedule(string instanceId, string bookmarkId, DateTimeOffset due)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _queue.Enqueue((instanceId, bookmarkId), due);
            Arm();
        }
    }

    private void Fire()
    {
        var dueNow = new List<(string InstanceId, string BookmarkId)>();
        lock (_gate)
        {
            if (_disposed) return;
            _armedFor = null;
            var now = _time.GetUtcNow();
            while (_queue.TryPeek(out var item, out var due) && due <= now)
            {
                _queue.Dequeue();
                dueNow.Add(item);
            }
            Arm();
        }
        foreach (var (instanceId, bookmarkId) in dueNow)
            _deliver(instanceId, new Stimulus(Stimulus.TimeoutName) { BookmarkId = bookmarkId });
    }

    private void Arm()
    {
        if (!_queue.TryPeek(out _, out var next)) return;
        if (_armedFor is { } armed && armed <= next) return;
        _armedFor = next;
        var wait = next - _time.GetUtcNow();
        _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _queue.Clear();
        }
        _timer.Dispose();
    }
}
