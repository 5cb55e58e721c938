using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Testing.FlowFactory;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Start, pause, resume and stop, and what start refuses.</summary>
public sealed class CampaignLifecycleTests : IAsyncLifetime
{
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(10);
    private readonly DialerHarness _dialer = new();

    public async Task InitializeAsync()
    {
        _dialer.Contacts.AddGroup(DialerHarness.Group);
        for (var i = 0; i < 4; i++)
        {
            var phone = $"+1555400000{i}";
            _dialer.Contacts.AddContact(DialerHarness.Group, phone);
            _dialer.Simulator.ScriptDial(phone, DialStatus.Answered, Ring);
        }
        await _dialer.StartAsync();
    }

    public async Task DisposeAsync() => await _dialer.DisposeAsync();

    [Fact]
    public async Task Pause_StopsNewCallsButLetsTheCallInProgressFinish_ResumeGoesOn_StopSkipsTheRest()
    {
        await _dialer.AddCampaignAsync("life", maxConcurrentCalls: 1);
        await _dialer.StartCampaignAsync("life");
        await _dialer.SettledAsync("life");
        _dialer.Store.InFlight.ShouldBe(1);

        var paused = await _dialer.Control.PauseAsync(DialerHarness.Company, "life", CancellationToken.None);
        paused.Campaign!.Status.ShouldBe(CampaignStatus.Paused);
        await _dialer.AdvanceAsync("life", Ring);            // the call in progress ends
        await _dialer.AdvanceAsync("life", TimeSpan.FromMinutes(5));
        var counts = await _dialer.CountsAsync("life");
        (counts.Attempts, counts.Answered, counts.InProgress).ShouldBe((1L, 1L, 0L));

        (await _dialer.Control.ResumeAsync(DialerHarness.Company, "life", CancellationToken.None)).Campaign!.Status.ShouldBe(CampaignStatus.Active);
        await _dialer.SettledAsync("life");
        (await _dialer.CountsAsync("life")).Attempts.ShouldBe(2);

        var stopped = await _dialer.Control.StopAsync(DialerHarness.Company, "life", CancellationToken.None);
        stopped.Campaign!.Status.ShouldBe(CampaignStatus.Completed);
        await _dialer.AdvanceAsync("life", Ring);            // the second call goes on to its end
        counts = await _dialer.CountsAsync("life");
        (counts.Attempts, counts.Answered, counts.Done, counts.Skipped).ShouldBe((2L, 2L, 2L, 2L));
        (await _dialer.QueueAsync("life")).Where(c => c.State == CampaignContactState.Skipped).ShouldAllBe(c => c.Reason == "campaign-stopped");
        (await _dialer.Control.ResumeAsync(DialerHarness.Company, "life", CancellationToken.None)).Problem.ShouldBe("conflict");
    }

    [Fact]
    public async Task ScheduledCampaign_TurnsActiveAtItsStartTime()
    {
        var start = _dialer.Clock.GetUtcNow().AddHours(1);
        await _dialer.AddCampaignAsync("later", schedule: DialerHarness.AllDay with { StartAt = start });
        (await _dialer.StartCampaignAsync("later")).Status.ShouldBe(CampaignStatus.Scheduled);
        await _dialer.IdleAsync("later");
        (await _dialer.CountsAsync("later")).Attempts.ShouldBe(0);

        _dialer.Clock.Advance(TimeSpan.FromHours(1));
        await _dialer.SettledAsync("later");

        var campaign = await _dialer.CampaignAsync("later");
        (campaign.Status, campaign.StartedAt).ShouldBe((CampaignStatus.Active, start));
        (await _dialer.CountsAsync("later")).Attempts.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task EndTime_CompletesTheCampaignAndSkipsWhoeverIsLeft()
    {
        await _dialer.AddCampaignAsync("ends", maxConcurrentCalls: 1, schedule: DialerHarness.AllDay with { EndAt = _dialer.Clock.GetUtcNow().AddSeconds(15) });
        await _dialer.StartCampaignAsync("ends");
        await _dialer.SettledAsync("ends");
        _dialer.Clock.Advance(Ring);                  // first call answered and finished; second one rings
        await _dialer.SettledAsync("ends");
        await _dialer.AdvanceAsync("ends", Ring);     // past the end: the rest are skipped, the second call goes on to its end

        var campaign = await _dialer.CampaignAsync("ends");
        campaign.Status.ShouldBe(CampaignStatus.Completed);
        var counts = await _dialer.CountsAsync("ends");
        (counts.Attempts, counts.Skipped, counts.InProgress).ShouldBe((2L, 2L, 0L));
        (await _dialer.QueueAsync("ends")).Where(c => c.State == CampaignContactState.Skipped).ShouldAllBe(c => c.Reason == "campaign-ended");
    }

    [Fact]
    public async Task Start_RefusesWhatCannotRun_NamingTheField()
    {
        await _dialer.Calls.PublishAsync(Flow("no-operator-block", [Node("end", "control.end")]));
        await _dialer.Calls.Host.Services.GetRequiredService<Engine.Flows.FlowCatalog>()
            .CreateAsync(DialerHarness.Company, Flow("draft-only", [Node("end", "control.end")]), CancellationToken.None);
        var cases = new (string Id, Func<Campaign, Campaign> Change, string Field)[]
        {
            ("unpublished", c => c with { FlowId = "draft-only" }, "flowId: flow 'draft-only' is not published"),
            ("missing-flow", c => c with { FlowId = "nope" }, "flowId: flow 'nope' does not exist"),
            ("missing-group", c => c with { GroupIds = ["nope"] }, "groupIds: group 'nope' does not exist"),
            ("bad-zone", c => c with { Schedule = c.Schedule with { TimeZone = "Mars/Olympus" } }, "schedule.timeZone: unknown time zone 'Mars/Olympus'"),
            ("too-many", c => c with { MaxConcurrentCalls = 31 }, "maxConcurrentCalls: 31 is outside 1..30"),
            ("no-block", c => c with { Mode = CampaignMode.Progressive, FlowId = "no-operator-block", Operators = ["101"] }, "has no 'Connect to operator' block"),
            ("no-operators", c => c with { Mode = CampaignMode.Predictive, Operators = [] }, "operators: a predictive campaign needs at least one operator"),
        };
        foreach (var (id, change, field) in cases)
        {
            var campaign = await _dialer.AddCampaignAsync(id);
            await _dialer.Store.UpdateAsync(change(campaign), CancellationToken.None);
            var result = await _dialer.Control.StartAsync(DialerHarness.Company, id, CancellationToken.None);
            result.Problem.ShouldBe("invalid", id);
            result.Error.ShouldNotBeNull().ShouldContain(field, Case.Sensitive, id);
            (await _dialer.CampaignAsync(id)).Status.ShouldBe(CampaignStatus.Draft);
            (await _dialer.CountsAsync(id)).Contacts.ShouldBe(0, id);
        }
        (await _dialer.Control.StartAsync(DialerHarness.Company, "nobody", CancellationToken.None)).Problem.ShouldBe("not-found");
        (await _dialer.Control.PauseAsync(DialerHarness.Company, "unpublished", CancellationToken.None)).Problem.ShouldBe("conflict");
    }
}
