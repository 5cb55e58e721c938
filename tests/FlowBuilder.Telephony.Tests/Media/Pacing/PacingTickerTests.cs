using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Pacing;

public sealed class PacingTickerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Ticker_OnTime_TicksEveryInterval()
    {
        var ticker = new PacingTicker(_time, Interval);

        var tick = ticker.WaitForNextTickAsync().AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(19));
        tick.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        (await tick).ShouldBeTrue();
        ticker.Deadline.ShouldBe(Interval);
    }

    [Fact]
    public async Task Ticker_LateTick_NextDeadlineStaysOnTheGridFromTheStart()
    {
        var ticker = new PacingTicker(_time, Interval);
        var first = ticker.WaitForNextTickAsync().AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(20));
        (await first).ShouldBeTrue();

        // The loop gets round to waiting again 7 ms late; the next tick is still due at 40 ms, 13 ms later, not 20.
        _time.Advance(TimeSpan.FromMilliseconds(7));
        var second = ticker.WaitForNextTickAsync().AsTask();
        ticker.Deadline.ShouldBe(2 * Interval);
        _time.Advance(TimeSpan.FromMilliseconds(12));
        second.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        (await second).ShouldBeTrue();
        ticker.Deadline.ShouldBe(2 * Interval);
    }

    [Fact]
    public async Task Ticker_DeadlineAlreadyPassed_TicksAtOnce()
    {
        var ticker = new PacingTicker(_time, Interval);

        _time.Advance(TimeSpan.FromMilliseconds(45));

        (await ticker.WaitForNextTickAsync()).ShouldBeTrue();
        (await ticker.WaitForNextTickAsync()).ShouldBeTrue();
        ticker.WaitForNextTickAsync().IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Ticker_FarBehind_DropsMissedTicksAndRejoinsTheGrid()
    {
        var ticker = new PacingTicker(_time, Interval);
        _time.Advance(TimeSpan.FromMilliseconds(205));

        (await ticker.WaitForNextTickAsync()).ShouldBeTrue();
        ticker.Deadline.ShouldBe(10 * Interval);
        var next = ticker.WaitForNextTickAsync().AsTask();
        ticker.Deadline.ShouldBe(11 * Interval);
        _time.Advance(TimeSpan.FromMilliseconds(14));
        next.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        (await next).ShouldBeTrue();
    }

    [Fact]
    public async Task Ticker_Disposed_PendingWaitReturnsFalse()
    {
        var ticker = new PacingTicker(_time, Interval);
        var tick = ticker.WaitForNextTickAsync().AsTask();

        ticker.Dispose();

        (await tick).ShouldBeFalse();
        (await ticker.WaitForNextTickAsync()).ShouldBeFalse();
    }
}
