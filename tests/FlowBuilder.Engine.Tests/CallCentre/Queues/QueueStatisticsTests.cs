using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;

namespace FlowBuilder.Engine.Tests.CallCentre.Queues;

public sealed class QueueStatisticsTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly CallQueueDefinition Support = new("acme", "support", []) { ServiceLevelSeconds = 20 };

    private static QueueCallRecord Record(int wait, QueueCallResult result, int talk = 0, string queue = "support")
    {
        var entered = Day.AddHours(9);
        var left = entered.AddSeconds(wait);
        return new QueueCallRecord(Guid.NewGuid().ToString("N"), "acme", queue, "simulator-" + Guid.NewGuid().ToString("N"), "+15550000000",
            entered, left, result, result == QueueCallResult.Answered ? "101" : null, result == QueueCallResult.Answered ? left.AddSeconds(talk) : null);
    }

    [Fact]
    public void Compute_FromAKnownSetOfRecords_GivesServiceLevelSpeedOfAnswerAndAbandonmentRate()
    {
        QueueCallRecord[] records =
        [
            Record(10, QueueCallResult.Answered, talk: 60),
            Record(20, QueueCallResult.Answered, talk: 120),   // exactly at the service level: counts as within
            Record(30, QueueCallResult.Answered, talk: 30),
            Record(45, QueueCallResult.Abandoned),
            Record(300, QueueCallResult.TimedOut),
            Record(5, QueueCallResult.Answered, queue: "sales"),   // another queue: not counted
        ];

        var stats = QueueStatistics.Compute(Support, records, Day, Day.AddDays(1), live: null);

        stats.Offered.ShouldBe(5);
        stats.Answered.ShouldBe(3);
        stats.Abandoned.ShouldBe(1);
        stats.TimedOut.ShouldBe(1);
        stats.ServiceLevelPercent.ShouldBe(40);            // 2 answered within 20 s of 5 offered
        stats.AverageSpeedOfAnswerSeconds.ShouldBe(20);    // (10 + 20 + 30) / 3
        stats.AverageWaitSeconds.ShouldBe(81);             // (10 + 20 + 30 + 45 + 300) / 5
        stats.MaxWaitSeconds.ShouldBe(300);
        stats.AverageTalkSeconds.ShouldBe(70);
        stats.AbandonmentRatePercent.ShouldBe(20);
    }

    [Fact]
    public void Compute_WithNothingOffered_HasNoRates()
    {
        var stats = QueueStatistics.Compute(Support, [], Day, Day.AddDays(1), live: null);

        stats.Offered.ShouldBe(0);
        stats.ServiceLevelPercent.ShouldBeNull();
        stats.AverageSpeedOfAnswerSeconds.ShouldBeNull();
        stats.AbandonmentRatePercent.ShouldBeNull();
    }

    [Fact]
    public async Task Compute_WithLiveState_CountsTheQueueAndTheAgents()
    {
        var rig = new QueueRig();
        var queue = QueueRig.Queue(QueueStrategy.RingAll, "101", "102", "103");
        rig.Queues.LogOut(queue, "101");
        rig.Queues.LogOut(queue, "102");
        rig.Queues.Pause(queue, "103", "training");
        await rig.CallerAsync(queue, "+15550000001");
        rig.Clock.Advance(TimeSpan.FromSeconds(42));

        var stats = QueueStatistics.Compute(queue, [], Day, Day.AddDays(1), rig.Queues.Snapshot(queue));

        stats.CurrentQueueLength.ShouldBe(1);
        stats.LongestCurrentWaitSeconds.ShouldBe(42);
        stats.AgentsLoggedIn.ShouldBe(1);
        stats.AgentsPaused.ShouldBe(1);
        stats.AgentsAvailable.ShouldBe(0);
        stats.AgentsOnCall.ShouldBe(0);
    }
}
