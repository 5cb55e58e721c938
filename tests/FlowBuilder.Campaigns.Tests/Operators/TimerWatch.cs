namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>The fake clock, telling the test when code under test arms a timer (so it advances the clock only once something waits on it).</summary>
internal sealed class TimerWatch(FakeTimeProvider clock) : TimeProvider
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<TimeSpan> _armed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the next timer armed after this call.</summary>
    public Task<TimeSpan> NextTimerAsync()
    {
        lock (_gate) return _armed.Task;
    }

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = clock.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource<TimeSpan> armed;
        lock (_gate)
        {
            armed = _armed;
            _armed = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        armed.TrySetResult(dueTime);
        return timer;
    }
}
