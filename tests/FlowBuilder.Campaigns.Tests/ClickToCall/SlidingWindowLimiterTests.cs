using FlowBuilder.Campaigns.ClickToCall.Intake;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

public sealed class SlidingWindowLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_AtTheLimit_IsWhenTheOldestEventLeavesTheWindow()
    {
        var limiter = new SlidingWindowLimiter(2, TimeSpan.FromMinutes(10));
        limiter.Record("k", Start);
        limiter.Record("k", Start.AddMinutes(4));

        limiter.RetryAfter("k", Start.AddMinutes(5)).ShouldBe(TimeSpan.FromMinutes(5));
        limiter.RetryAfter("other", Start.AddMinutes(5)).ShouldBeNull();
        limiter.RetryAfter("k", Start.AddMinutes(10)).ShouldBeNull();
    }

    [Fact]
    public void Keys_WhoseEventsLeftTheWindow_AreDropped_SoMemoryStaysBounded()
    {
        var limiter = new SlidingWindowLimiter(3, TimeSpan.FromMinutes(1));
        for (var i = 0; i < SlidingWindowLimiter.SweepEvery - 1; i++) limiter.Record("old-" + i, Start);
        limiter.KeyCount.ShouldBe(SlidingWindowLimiter.SweepEvery - 1);

        limiter.Record("new", Start.AddMinutes(2));

        limiter.KeyCount.ShouldBe(1);
    }
}
