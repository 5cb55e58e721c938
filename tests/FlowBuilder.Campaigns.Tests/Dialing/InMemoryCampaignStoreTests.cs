using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>The documented semantics of <see cref="ICampaignStore"/>, on the in-memory reference store.</summary>
public sealed class InMemoryCampaignStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeContactStore _contacts = new();
    private readonly InMemoryCampaignStore _store;

    public InMemoryCampaignStoreTests()
    {
        _contacts.AddGroup("g1", defaultTimeZone: "Europe/London");
        _contacts.AddGroup("g2");
        _contacts.AddContact("g1", "+15550000001", timeZone: "America/New_York");
        _contacts.AddContact("g1", "+15550000002");
        _contacts.AddContact("g2", "+15550000002");      // same phone in the second group: queued once
        _contacts.AddContact("g2", "+15550000003");
        _store = new InMemoryCampaignStore(_contacts);
    }

    private async Task<IReadOnlyList<CampaignContact>> QueuedAsync()
    {
        await _store.AddAsync(new Campaign("c", "default", "C", "f", 1, ["g1", "g2"], CampaignMode.AutoInformer, CallingSchedule.Default, 5, null,
            RetryPolicy.Default, [], CampaignStatus.Active) { CreatedAt = Now }, CancellationToken.None);
        (await _store.EnqueueGroupsAsync("c", ["g1", "g2"], "Asia/Tokyo", Now, CancellationToken.None)).ShouldBe(3);
        return await _store.ListContactsAsync(new CampaignContactQuery("c"), CancellationToken.None);
    }

    private static CampaignAttempt Attempt(CampaignContact contact, string id, string node = "n1") =>
        new(id, "c", contact.ContactId, 0, contact.Phone, Now) { Node = node };

    [Fact]
    public async Task Enqueue_OncePerPhone_WithTheContactsZoneElseTheGroupsElseTheDefault_AndASecondCallAddsNothing()
    {
        var queue = await QueuedAsync();
        queue.Select(c => (c.Phone, c.TimeZone)).ShouldBe([("+15550000001", "America/New_York"), ("+15550000002", "Europe/London"), ("+15550000003", "Asia/Tokyo")]);
        queue.ShouldAllBe(c => c.State == CampaignContactState.Waiting && c.NextAttemptAt == Now && c.Attempts == 0);
        (await _store.EnqueueGroupsAsync("c", ["g1", "g2"], "UTC", Now, CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Claim_TakesDueContactsEarliestFirst_AndALapsedClaimIsTakenByAnotherNode_WhoseBeginWins()
    {
        var queue = await QueuedAsync();
        await _store.DeferAsync("c", queue[0].ContactId, Now.AddMinutes(1), "test", CancellationToken.None);   // not claimed: no change
        var first = await _store.ClaimDueAsync("c", Now, 2, "n1", Now.AddMinutes(2), CancellationToken.None);
        first.Select(c => c.Phone).ShouldBe(["+15550000001", "+15550000002"]);
        first.ShouldAllBe(c => c.State == CampaignContactState.Claimed && c.ClaimedBy == "n1");
        await _store.DeferAsync("c", first[0].ContactId, Now.AddHours(1), "outside-hours", CancellationToken.None);
        (await _store.NextDueAsync("c", CancellationToken.None)).ShouldBe(Now);

        (await _store.ClaimDueAsync("c", Now.AddMinutes(1), 5, "n2", Now.AddMinutes(3), CancellationToken.None)).Select(c => c.Phone).ShouldBe(["+15550000003"]);
        var retaken = await _store.ClaimDueAsync("c", Now.AddMinutes(2), 5, "n2", Now.AddMinutes(4), CancellationToken.None);
        retaken.Select(c => c.Phone).ShouldBe(["+15550000002"]);       // n1's claim lapsed

        (await _store.BeginAttemptAsync(Attempt(first[1], "a1", "n1"), CancellationToken.None)).ShouldBeNull();
        var begun = (await _store.BeginAttemptAsync(Attempt(retaken[0], "a2", "n2"), CancellationToken.None)).ShouldNotBeNull();
        begun.Number.ShouldBe(1);
        (await _store.GetContactAsync("c", begun.ContactId, CancellationToken.None))!.State.ShouldBe(CampaignContactState.Dialling);
    }

    [Fact]
    public async Task Finish_MovesTheContactOnOnce_ASecondFinishChangesNothing()
    {
        var queue = await QueuedAsync();
        var claimed = await _store.ClaimDueAsync("c", Now, 1, "n1", Now.AddMinutes(2), CancellationToken.None);
        var begun = (await _store.BeginAttemptAsync(Attempt(claimed[0], "a1"), CancellationToken.None))!;
        var busy = begun with { Disposition = AttemptDisposition.Busy, EndedAt = Now, SipStatus = 486 };
        (await _store.FinishAttemptAsync(new AttemptOutcome(busy, Now.AddMinutes(10)), CancellationToken.None)).ShouldBeTrue();
        (await _store.FinishAttemptAsync(new AttemptOutcome(busy with { Disposition = AttemptDisposition.Answered }, null), CancellationToken.None)).ShouldBeFalse();

        var contact = (await _store.GetContactAsync("c", begun.ContactId, CancellationToken.None))!;
        (contact.State, contact.Attempts, contact.LastDisposition, contact.NextAttemptAt).ShouldBe((CampaignContactState.Waiting, 1, AttemptDisposition.Busy, Now.AddMinutes(10)));
        (await _store.GetAttemptAsync("c", "a1", CancellationToken.None))!.Disposition.ShouldBe(AttemptDisposition.Busy);

        var again = await _store.ClaimDueAsync("c", Now.AddMinutes(10), 5, "n1", Now.AddMinutes(12), CancellationToken.None);
        var second = (await _store.BeginAttemptAsync(Attempt(again.Single(c => c.ContactId == begun.ContactId), "a2"), CancellationToken.None))!;
        second.Number.ShouldBe(2);
        var answered = second with { Disposition = AttemptDisposition.Answered, AnsweredAt = Now, EndedAt = Now.AddMinutes(11), TalkSeconds = 60, Result = "\"converted\"", Converted = true, InstanceId = "i2" };
        (await _store.FinishAttemptAsync(new AttemptOutcome(answered, null), CancellationToken.None)).ShouldBeTrue();
        contact = (await _store.GetContactAsync("c", begun.ContactId, CancellationToken.None))!;
        (contact.State, contact.Attempts, contact.Result, contact.Converted).ShouldBe((CampaignContactState.Done, 2, "\"converted\"", true));
        (await _store.FindAttemptByInstanceAsync("i2", CancellationToken.None))!.Id.ShouldBe("a2");
        (await _store.ListAttemptsAsync(new AttemptQuery("c", begun.ContactId), CancellationToken.None)).Select(a => a.Id).ShouldBe(["a2", "a1"]);

        var counts = await _store.CountAsync("c", CancellationToken.None);
        (counts.Contacts, counts.Done, counts.DialledContacts, counts.ReachedContacts, counts.ConvertedContacts, counts.Attempts, counts.Busy, counts.Answered, counts.TalkSeconds)
            .ShouldBe((3L, 1L, 1L, 1L, 1L, 2L, 1L, 1L, 60.0));
        var timeline = await _store.TimelineAsync("c", Now, TimeSpan.FromMinutes(5), CancellationToken.None);
        timeline.Select(p => (p.At, p.Attempts, p.Busy, p.Answered, p.Converted)).ShouldBe([(Now, 1, 1, 0, 0), (Now.AddMinutes(10), 1, 0, 1, 1)]);
        (await _store.SetOperatorDispositionAsync("c", "a2", "interested", "call back Friday", CancellationToken.None)).ShouldBeTrue();
        (await _store.GetAttemptAsync("c", "a2", CancellationToken.None))!.OperatorDisposition.ShouldBe("interested");
    }

    [Fact]
    public async Task Recover_ReturnsTheNodesOpenAttempts_AndGivesBackItsClaims()
    {
        await QueuedAsync();
        var claimed = await _store.ClaimDueAsync("c", Now, 3, "n1", Now.AddMinutes(2), CancellationToken.None);
        await _store.BeginAttemptAsync(Attempt(claimed[0], "a1"), CancellationToken.None);

        (await _store.RecoverAsync("c", "other-node", CancellationToken.None)).ShouldBeEmpty();
        var open = await _store.RecoverAsync("c", "n1", CancellationToken.None);
        open.Select(a => a.Id).ShouldBe(["a1"]);
        var queue = await _store.ListContactsAsync(new CampaignContactQuery("c"), CancellationToken.None);
        queue.Select(c => c.State).ShouldBe([CampaignContactState.Dialling, CampaignContactState.Waiting, CampaignContactState.Waiting]);

        (await _store.SkipRemainingAsync("c", "campaign-stopped", CancellationToken.None)).ShouldBe(2);
        (await _store.NextDueAsync("c", CancellationToken.None)).ShouldBeNull();
        (await _store.ListContactsAsync(new CampaignContactQuery("c", CampaignContactState.Skipped), CancellationToken.None)).ShouldAllBe(c => c.Reason == "campaign-stopped");
        (await _store.DeleteAsync("default", "c", CancellationToken.None)).ShouldBeTrue();
        (await _store.GetAsync("default", "c", CancellationToken.None)).ShouldBeNull();
    }
}
