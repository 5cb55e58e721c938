using System.Threading.Channels;

namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>A clock that moves only when the test calls <see cref="Advance"/>; timers fire then.
/// <see cref="WhenTimerArmedAsync"/> tells the test that the server has started waiting.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();
    private DateTimeOffset _now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes once a timer is armed to fire <paramref name="dueTime"/> from now.</summary>
    public async Task WhenTimerArmedAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        await foreach (var due in _armed.Reader.ReadAllAsync(cancellationToken))
        {
            if (due == dueTime) return;
        }
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
            foreach (var timer in due) timer.Rearm(_now);
        }
        foreach (var timer in due) timer.Fire();
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                if (DueAt is null) owner._timers.Remove(this);
                else if (!owner._timers.Contains(this)) owner._timers.Add(this);
            }
            if (dueTime != Timeout.InfiniteTimeSpan) owner._armed.Writer.TryWrite(dueTime);
            return true;
        }

        public void Rearm(DateTimeOffset now)
        {
            DueAt = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : now + _period;
            if (DueAt is null) owner._timers.Remove(this);
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate) owner._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
