using FlowBuilder.Server.Notifications;

namespace FlowBuilder.Server.Tests.Notifications;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(7, 640)]
    [InlineData(9, 2560)]
    [InlineData(12, 3600)]
    [InlineData(40, 3600)]
    public void After_DoublesFromTheFirstDelay_CappedAtTheMaximum_PlusUpToTwentyPercent(int attempt, double seconds)
    {
        for (var i = 0; i < 50; i++)
        {
            var delay = RetrySchedule.After(attempt, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
            delay.TotalSeconds.ShouldBeGreaterThanOrEqualTo(seconds);
            delay.TotalSeconds.ShouldBeLessThanOrEqualTo(seconds * 1.2);
        }
    }
}
