using System.Threading.Channels;

namespace FlowBuilder.Activities.Tests.Http;

/// <summary>A <see cref="FakeTimeProvider"/> that reports each timer it creates, so a test can see a retry's pause
/// being scheduled (and how long it is) before it moves the clock.</summary>
internal sealed class TimerWatchingClock(FakeTimeProvider inner) : TimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Inner { get; } = inner;

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Inner.CreateTimer(callback, state, dueTime, period);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created that matches <paramref name="predicate"/>.</summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> predicate)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await _created.Reader.ReadAsync(patience.Token);
            if (predicate(due)) return due;
        }
    }
}
