using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Events;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Auto-informer calls: dispositions from the dial, retries per the policy's attempts and pauses, the flow's result
/// and conversion, completion and its events.</summary>
public sealed class CampaignDialerRetryTests : IAsyncLifetime
{
    private const string Answers = "+15551000001";
    private const string Gold = "+15551000002";
    private const string Busy = "+15551000003";
    private const string NoAnswer = "+15551000004";
    private const string Fails = "+15551000005";
    private readonly DialerHarness _dialer = new();

    public async Task InitializeAsync()
    {
        _dialer.Contacts.AddGroup(DialerHarness.Group);
        _dialer.Contacts.AddContact(DialerHarness.Group, Answers, "Ann");
        _dialer.Contacts.AddContact(DialerHarness.Group, Gold, "Gil", fields: new() { ["plan"] = "gold" });
        _dialer.Contacts.AddContacts(DialerHarness.Group, Busy, NoAnswer, Fails);
        _dialer.Simulator.ScriptDial(Busy, DialStatus.Busy);
        _dialer.Simulator.ScriptDial(NoAnswer, DialStatus.NoAnswer, TimeSpan.Zero);
        _dialer.Simulator.ScriptDial(Fails, DialStatus.Failed);
        await _dialer.StartAsync();
    }

    public async Task DisposeAsync() => await _dialer.DisposeAsync();

    [Fact]
    public async Task AutoInformer_EveryDispositionIsRetriedPerItsRule_ThenTheCampaignCompletes()
    {
        await _dialer.AddCampaignAsync("c1");
        var started = await _dialer.StartCampaignAsync("c1");
        started.Status.ShouldBe(CampaignStatus.Active);
        started.FlowVersion.ShouldBe(1);
        await _dialer.IdleAsync("c1");

        (await _dialer.EntryAsync("c1", Answers)).State.ShouldBe(CampaignContactState.Done);
        var busy = await _dialer.EntryAsync("c1", Busy);
        busy.State.ShouldBe(CampaignContactState.Waiting);
        busy.NextAttemptAt.ShouldBe(_dialer.Clock.GetUtcNow().AddMinutes(10));
        (await _dialer.EntryAsync("c1", NoAnswer)).NextAttemptAt.ShouldBe(_dialer.Clock.GetUtcNow().AddMinutes(30));
        (await _dialer.EntryAsync("c1", Fails)).NextAttemptAt.ShouldBe(_dialer.Clock.GetUtcNow().AddMinutes(5));

        await _dialer.AdvanceAsync("c1", TimeSpan.FromMinutes(5));    // failed: 2nd and last attempt
        await _dialer.AdvanceAsync("c1", TimeSpan.FromMinutes(5));    // busy: 2nd
        await _dialer.AdvanceAsync("c1", TimeSpan.FromMinutes(10));   // busy: 3rd and last
        await _dialer.AdvanceAsync("c1", TimeSpan.FromMinutes(10));   // no answer: 2nd and last (30 min after the 1st)
        await _dialer.IdleAsync("c1");

        var byPhone = (await _dialer.QueueAsync("c1")).ToDictionary(c => c.Phone);
        byPhone.Values.ShouldAllBe(c => c.State == CampaignContactState.Done);
        (byPhone[Answers].Attempts, byPhone[Gold].Attempts, byPhone[Busy].Attempts, byPhone[NoAnswer].Attempts, byPhone[Fails].Attempts)
            .ShouldBe((1, 1, 3, 2, 2));
        byPhone[Busy].LastDisposition.ShouldBe(AttemptDisposition.Busy);
        byPhone[NoAnswer].LastDisposition.ShouldBe(AttemptDisposition.NoAnswer);
        byPhone[Fails].LastDisposition.ShouldBe(AttemptDisposition.Failed);
        var busyAttempts = await _dialer.AttemptsAsync("c1", byPhone[Busy].ContactId);
        busyAttempts.Select(a => a.Number).ShouldBe([3, 2, 1]);
        busyAttempts.ShouldAllBe(a => a.SipStatus == 486);
        var counts = await _dialer.CountsAsync("c1");
        (counts.Attempts, counts.Answered, counts.Busy, counts.NoAnswer, counts.Failed, counts.InProgress).ShouldBe((9L, 2L, 3L, 2L, 2L, 0L));
        var campaign = await _dialer.CampaignAsync("c1");
        campaign.Status.ShouldBe(CampaignStatus.Completed);
        _dialer.Events.Select(e => e.Type).Where(t => t.StartsWith("campaign.", StringComparison.Ordinal)).ShouldBe([EventTypes.CampaignStarted, EventTypes.CampaignCompleted]);
    }

    [Fact]
    public async Task AnsweredCall_RunsThePinnedFlowWithTheContact_AndItsResultDecidesConversion()
    {
        await _dialer.AddCampaignAsync("c2");
        await _dialer.StartCampaignAsync("c2");
        await _dialer.IdleAsync("c2");

        var gold = await _dialer.EntryAsync("c2", Gold);
        gold.Result.ShouldBe("\"converted\"");
        gold.Converted.ShouldBeTrue();
        var ann = await _dialer.EntryAsync("c2", Answers);
        ann.Result.ShouldBe("\"informed\"");
        ann.Converted.ShouldBeFalse();
        var attempt = (await _dialer.AttemptsAsync("c2", ann.ContactId)).ShouldHaveSingleItem();
        attempt.Disposition.ShouldBe(AttemptDisposition.Answered);
        attempt.InstanceId.ShouldNotBeNull();
        attempt.CallId.ShouldNotBeNull().ShouldStartWith("simulator-");
        attempt.Node.ShouldBe("node-1");
        _dialer.Calls.Transcript(attempt.CallId!).ShouldContain("said \"Hello Ann, call 1\"");
        var record = await _dialer.Calls.RecordOfAsync(attempt.CallId!);
        record.InstanceId.ShouldBe(attempt.InstanceId);
        var counts = await _dialer.CountsAsync("c2");
        (counts.ReachedContacts, counts.ConvertedContacts).ShouldBe((2L, 1L));
    }
}
