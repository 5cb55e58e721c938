using FlowBuilder.Testing;

namespace FlowBuilder.Conformance.Tests.Campaigns;

/// <summary>The fake clock, telling the test when code under test arms a timer of a given length (so it advances the clock only
/// once something waits on it).</summary>
internal sealed class TimerWatch(FakeTimeProvider clock) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Armed)> _waiters = [];

    /// <summary>Completes when a timer due in <paramref name="dueTime"/> is armed after this call.</summary>
    public Task NextTimerAsync(TimeSpan dueTime)
    {
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _waiters.Add((dueTime, armed));
        return armed.Task;
    }

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = clock.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => w.DueTime == dueTime).ToList())
            {
                waiter.Armed.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
        return timer;
    }
}
