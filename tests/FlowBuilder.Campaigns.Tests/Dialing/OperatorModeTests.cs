using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Progressive calls reserve an operator before dialling; predictive calls are paced on Ready operators and an
/// answered call no operator takes is abandoned.</summary>
public sealed class OperatorModeTests
{
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(10);

    private static async Task<DialerHarness> HarnessAsync(int operators, params string[] busy)
    {
        var dialer = new DialerHarness(operators: operators);
        dialer.Contacts.AddGroup(DialerHarness.Group);
        for (var i = 0; i < 6; i++)
        {
            var phone = $"+1555600000{i}";
            dialer.Contacts.AddContact(DialerHarness.Group, phone);
            dialer.Simulator.ScriptDial(phone, busy.Contains(phone) ? DialStatus.Busy : DialStatus.Answered, busy.Contains(phone) ? null : Ring);
        }
        await dialer.StartAsync();
        return dialer;
    }

    [Fact]
    public async Task Progressive_OneCallPerReadyOperator_TheOperatorIsReleasedWhenTheCallIsNotAnswered()
    {
        await using var dialer = await HarnessAsync(2, busy: "+15556000000");
        await dialer.AddCampaignAsync("p", CampaignMode.Progressive, maxConcurrentCalls: 5);
        await dialer.StartCampaignAsync("p");
        for (var round = 0; round < 20 && (await dialer.CountsAsync("p")).Done < 6; round++)
        {
            await dialer.SettledAsync("p");
            dialer.Ringing.ShouldBeLessThanOrEqualTo(2);
            dialer.Clock.Advance(Ring);
        }
        await dialer.IdleAsync("p");

        dialer.Pool.Reservations.ShouldBe(6);  // every call had its operator before it was placed
        dialer.Pool.Releases.ShouldBe(1);     // the busy number's operator came back without talking
        var attempts = await dialer.AttemptsAsync("p");
        attempts.Where(a => a.Disposition == AttemptDisposition.Answered).ShouldAllBe(a => a.Operator == "101" || a.Operator == "102");
        attempts.Count(a => a.Disposition == AttemptDisposition.Busy).ShouldBe(1);
        (await dialer.CountsAsync("p")).Answered.ShouldBe(5);
    }

    [Fact]
    public async Task Predictive_PacesOnReadyOperators_AndAnAnsweredCallNoOperatorTakesIsAbandoned()
    {
        await using var dialer = await HarnessAsync(2);
        await dialer.AddCampaignAsync("q", CampaignMode.Predictive, maxConcurrentCalls: 5);
        await dialer.StartCampaignAsync("q");
        await dialer.SettledAsync("q");
        dialer.Store.InFlight.ShouldBe(2);                 // ceil(2 ready × ratio 1), not the campaign's 5

        dialer.Pool.TryTake().ShouldBeTrue();              // both operators get busy elsewhere before the calls are answered
        dialer.Pool.TryTake().ShouldBeTrue();
        await dialer.AdvanceAsync("q", Ring);

        var attempts = await dialer.AttemptsAsync("q");
        attempts.Count.ShouldBe(2);                        // no operator ready: nothing more was dialled
        attempts.ShouldAllBe(a => a.Disposition == AttemptDisposition.Abandoned && a.Result == "\"dropped\"");
        var retried = (await dialer.QueueAsync("q")).Where(c => c.Attempts == 1).ToList();
        retried.ShouldAllBe(c => c.State == CampaignContactState.Waiting && c.NextAttemptAt == dialer.Clock.GetUtcNow().AddHours(1));
        var live = dialer.Control.Live("q").ShouldNotBeNull();
        (live.PacingRatio, live.RecentAbandonmentRate, live.CallsInProgress, live.OperatorsReady).ShouldBe((1.0, 1.0, 0, 0));
        var statistics = CampaignStatistics.From(await dialer.CountsAsync("q"));
        statistics.AbandonmentRate.ShouldBe(1.0);
    }
}
