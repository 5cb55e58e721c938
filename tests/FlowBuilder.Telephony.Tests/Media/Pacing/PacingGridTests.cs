using FlowBuilder.Telephony.Media.Pacing;

namespace FlowBuilder.Telephony.Tests.Media.Pacing;

public sealed class PacingGridTests
{
    private const long Period = 5_000;

    [Fact]
    public void NextTick_OnTime_IsTheFollowingTick()
    {
        PacingGrid.NextTick(previousTick: 7, elapsed: 7 * Period + 300, Period).ShouldBe(8);
    }

    [Fact]
    public void Deadline_IsStartPlusTicksTimesPeriod_SoLateWakeUpsDoNotDrift()
    {
        // Every wake-up is a tenth of a period late, yet tick 10 is due at exactly 10 periods: lateness never adds up.
        var tick = 0L;
        for (var i = 0; i < 10; i++) tick = PacingGrid.NextTick(tick, PacingGrid.Deadline(tick, Period) + 490, Period);

        tick.ShouldBe(10);
        PacingGrid.Deadline(tick, Period).ShouldBe(10 * Period);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void NextTick_AFewTicksBehind_CatchesUpTickByTick(int ticksBehind)
    {
        var elapsed = (5 + ticksBehind) * Period + 10;

        PacingGrid.NextTick(previousTick: 4, elapsed, Period).ShouldBe(5);
    }

    [Fact]
    public void NextTick_FarBehind_SkipsToTheLatestDueTick()
    {
        // Tick 5 was next, but 40 periods and a bit have passed: ticks 5-39 are dropped and tick 40 fires now.
        var tick = PacingGrid.NextTick(previousTick: 4, elapsed: 40 * Period + 1, Period);

        tick.ShouldBe(40);
        PacingGrid.Deadline(tick, Period).ShouldBeLessThanOrEqualTo(40 * Period + 1);
        PacingGrid.NextTick(tick, elapsed: 40 * Period + 2, Period).ShouldBe(41);
    }
}
