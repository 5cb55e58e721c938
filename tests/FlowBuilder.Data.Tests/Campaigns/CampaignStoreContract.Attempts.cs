using System.Data.Common;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Data.Tests.Campaigns;

public abstract partial class CampaignStoreContract
{
    private async Task<CampaignAttempt> BeginAsync(string id, string contactId, DateTimeOffset? at = null) =>
        (await Store.BeginAttemptAsync(Attempt(id, contactId, at: at), None)).ShouldNotBeNull();

    private async Task FinishAsync(CampaignAttempt attempt, AttemptDisposition disposition, DateTimeOffset endedAt, DateTimeOffset? next,
        double talk = 0, bool converted = false, string? result = null) =>
        (await Store.FinishAttemptAsync(new AttemptOutcome(attempt with
        {
            Disposition = disposition, EndedAt = endedAt, TalkSeconds = talk, Converted = converted, Result = result,
            AnsweredAt = disposition == AttemptDisposition.Answered ? endedAt.AddSeconds(-talk) : null,
        }, next), None)).ShouldBeTrue();

    [ContractFact]
    public async Task BeginAttempt_CountsTheAttempt_NumbersThem_AndTheDatabaseRefusesADuplicate()
    {
        await QueueAsync(1);
        await Store.ClaimDueAsync("c1", Start, 1, "node-a", Start.AddMinutes(1), None);

        var first = await BeginAsync("a1", "k0000");

        first.Number.ShouldBe(1);
        var contact = (await Store.GetContactAsync("c1", "k0000", None))!;
        (contact.State, contact.Attempts, contact.ClaimedBy).ShouldBe((CampaignContactState.Dialling, 1, null));
        (await Store.BeginAttemptAsync(Attempt("a1-again", "k0000"), None)).ShouldBeNull(); // no longer claimed
        await FinishAsync(first, AttemptDisposition.Busy, Start.AddSeconds(20), Start.AddMinutes(10));
        await Store.ClaimDueAsync("c1", Start.AddMinutes(10), 1, "node-a", Start.AddMinutes(11), None);
        (await BeginAsync("a2", "k0000", Start.AddMinutes(10))).Number.ShouldBe(2);

        await using var connection = _database.OpenConnection();
        await using var duplicate = connection.CreateCommand();
        duplicate.CommandText = """
            INSERT INTO campaign_attempts (id, company_id, campaign_id, contact_id, number, phone, started_at, talk_seconds, converted)
            VALUES ('dup', 'default', 'c1', 'k0000', 2, '+15550000000', 0, 0, FALSE)
            """;
        await Should.ThrowAsync<DbException>(() => duplicate.ExecuteNonQueryAsync());
    }

    [ContractFact]
    public async Task FinishAttempt_RetryOrDone_UpdatesTheContact_AndASecondFinishChangesNothing()
    {
        await QueueAsync(2);
        await Store.ClaimDueAsync("c1", Start, 2, "node-a", Start.AddMinutes(1), None);
        var busy = await BeginAsync("a1", "k0000");
        var answered = await BeginAsync("a2", "k0001");

        await FinishAsync(busy, AttemptDisposition.Busy, Start.AddSeconds(5), Start.AddMinutes(10));
        await FinishAsync(answered, AttemptDisposition.Answered, Start.AddSeconds(70), null, talk: 42.5, converted: true, result: "\"converted\"");

        var retried = (await Store.GetContactAsync("c1", "k0000", None))!;
        (retried.State, retried.NextAttemptAt, retried.LastDisposition).ShouldBe((CampaignContactState.Waiting, Start.AddMinutes(10), AttemptDisposition.Busy));
        var done = (await Store.GetContactAsync("c1", "k0001", None))!;
        (done.State, done.NextAttemptAt, done.LastDisposition, done.Result, done.Converted).ShouldBe((CampaignContactState.Done, null, AttemptDisposition.Answered, "\"converted\"", true));
        var stored = (await Store.GetAttemptAsync("c1", "a2", None))!;
        (stored.Disposition, stored.TalkSeconds, stored.EndedAt, stored.Converted).ShouldBe((AttemptDisposition.Answered, 42.5, Start.AddSeconds(70), true));

        var again = new AttemptOutcome(answered with { Disposition = AttemptDisposition.Failed, EndedAt = Start.AddHours(1) }, Start.AddHours(2));
        (await Store.FinishAttemptAsync(again, None)).ShouldBeFalse();

        (await Store.GetAttemptAsync("c1", "a2", None))!.ShouldBe(stored);
        (await Store.GetContactAsync("c1", "k0001", None))!.ShouldBe(done);
    }

    [ContractFact]
    public async Task Recover_ReleasesClaims_AndReturnsOpenAttempts_OfOneNodeOrAll()
    {
        await QueueAsync(5);
        await Store.ClaimDueAsync("c1", Start, 3, "node-a", Start.AddMinutes(1), None);
        await Store.ClaimDueAsync("c1", Start, 2, "node-b", Start.AddMinutes(1), None);
        await BeginAsync("a1", "k0000");
        (await Store.BeginAttemptAsync(Attempt("b1", "k0003", node: "node-b"), None)).ShouldNotBeNull();

        var mine = await Store.RecoverAsync("c1", "node-a", None);

        mine.Select(a => a.Id).ShouldBe(["a1"]);
        (await Store.ListContactsAsync(new CampaignContactQuery("c1", CampaignContactState.Waiting), None)).Select(c => c.ContactId).ShouldBe(["k0001", "k0002"]);
        (await Store.GetContactAsync("c1", "k0004", None))!.ClaimedBy.ShouldBe("node-b");

        var all = await Store.RecoverAsync("c1", null, None);

        all.Select(a => a.Id).ShouldBe(["a1", "b1"], ignoreOrder: true);
        (await Store.ListContactsAsync(new CampaignContactQuery("c1", CampaignContactState.Claimed), None)).ShouldBeEmpty();
        await FinishAsync(all.Single(a => a.Id == "a1"), AttemptDisposition.Interrupted, Start.AddMinutes(1), Start.AddMinutes(5));
        (await Store.RecoverAsync("c1", null, None)).Select(a => a.Id).ShouldBe(["b1"]);
    }

    /// <summary>Six contacts: k0 busy then answered and converted (30 s), k1 no answer, k2 answered (10 s), k3 still ringing,
    /// k4 abandoned (to be retried), k5 skipped.</summary>
    private async Task PlayOutAsync()
    {
        await QueueAsync(6);
        await Store.ClaimDueAsync("c1", Start, 6, "node-a", Start.AddMinutes(5), None);
        await Store.SkipAsync("c1", "k0005", "do-not-call", None);
        var k0 = await BeginAsync("a0", "k0000");
        var k1 = await BeginAsync("a1", "k0001");
        var k2 = await BeginAsync("a2", "k0002");
        await BeginAsync("a3", "k0003");
        var k4 = await BeginAsync("a4", "k0004");
        await FinishAsync(k0, AttemptDisposition.Busy, Start.AddSeconds(30), Start.AddMinutes(1));
        await FinishAsync(k1, AttemptDisposition.NoAnswer, Start.AddSeconds(70), null);
        await FinishAsync(k2, AttemptDisposition.Answered, Start.AddSeconds(110), null, talk: 10);
        (await Store.ClaimDueAsync("c1", Start.AddMinutes(1), 1, "node-a", Start.AddMinutes(5), None)).ShouldHaveSingleItem().ContactId.ShouldBe("k0000");
        var again = await BeginAsync("a5", "k0000", Start.AddMinutes(1));
        await FinishAsync(again, AttemptDisposition.Answered, Start.AddSeconds(125), null, talk: 30, converted: true, result: "\"converted\"");
        await FinishAsync(k4, AttemptDisposition.Abandoned, Start.AddSeconds(150), Start.AddHours(1));
    }

    [ContractFact]
    public async Task Count_AfterAPlayedOutCampaign_MatchesHandCountedValues()
    {
        await PlayOutAsync();

        var counts = await Store.CountAsync("c1", None);

        counts.ShouldBe(new CampaignCounts(Contacts: 6, Waiting: 1, Dialling: 1, Done: 3, Skipped: 1, DialledContacts: 5, ReachedContacts: 2,
            ConvertedContacts: 1, Attempts: 6, Answered: 2, Busy: 1, NoAnswer: 1, Failed: 0, Abandoned: 1, Interrupted: 0, InProgress: 1, TalkSeconds: 40));
        (await Store.CountAsync("nope", None)).ShouldBe(CampaignCounts.Empty);
        var statistics = CampaignStatistics.From(counts);
        (statistics.SuccessRate, statistics.AverageTalkSeconds, statistics.ConversionRate).ShouldBe((0.4, 20, 0.5));
    }

    [ContractFact]
    public async Task Timeline_BucketsFinishedAttemptsSinceAGivenTime()
    {
        await PlayOutAsync();

        var minutes = await Store.TimelineAsync("c1", Start, TimeSpan.FromMinutes(1), None);

        minutes.ShouldBe([
            new CampaignTimelinePoint(Start, 1, 0, 1, 0, 0, 0, 0),
            new CampaignTimelinePoint(Start.AddMinutes(1), 2, 1, 0, 1, 0, 0, 0),
            new CampaignTimelinePoint(Start.AddMinutes(2), 2, 1, 0, 0, 0, 1, 1),
        ]);
        (await Store.TimelineAsync("c1", Start.AddMinutes(1), TimeSpan.FromMinutes(5), None))
            .ShouldBe([new CampaignTimelinePoint(Start.AddMinutes(1), 4, 2, 0, 1, 0, 1, 1)]);
        (await Store.TimelineAsync("c1", Start.AddMinutes(3), TimeSpan.FromMinutes(1), None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task Attempts_ListNewestFirst_Filter_FindByInstance_AndTakeTheOperatorsDisposition()
    {
        await PlayOutAsync();
        var ringing = (await Store.GetAttemptAsync("c1", "a3", None))!;
        await Store.UpdateAttemptAsync(ringing with { CallId = "call-3", InstanceId = "inst-3", Operator = "101", AnsweredAt = Start.AddSeconds(3) }, None);

        (await Store.ListAttemptsAsync(new AttemptQuery("c1", ContactId: "k0000"), None)).Select(a => (a.Id, a.Number)).ShouldBe([("a5", 2), ("a0", 1)]);
        (await Store.ListAttemptsAsync(new AttemptQuery("c1", Disposition: AttemptDisposition.Answered), None)).Select(a => a.Id).ShouldBe(["a5", "a2"]);
        (await Store.ListAttemptsAsync(new AttemptQuery("c1", Offset: 1, Limit: 2), None)).Count.ShouldBe(2);
        var found = (await Store.FindAttemptByInstanceAsync("inst-3", None)).ShouldNotBeNull();
        (found.Id, found.CallId, found.Operator, found.AnsweredAt).ShouldBe(("a3", "call-3", "101", Start.AddSeconds(3)));
        (await Store.FindAttemptByInstanceAsync("nope", None)).ShouldBeNull();

        (await Store.SetOperatorDispositionAsync("c1", "a3", "interested", "call back Monday", None)).ShouldBeTrue();
        (await Store.SetOperatorDispositionAsync("c1", "nope", "interested", null, None)).ShouldBeFalse();
        var disposed = (await Store.GetAttemptAsync("c1", "a3", None))!;
        (disposed.OperatorDisposition, disposed.Notes).ShouldBe(("interested", "call back Monday"));
    }

    [ContractFact]
    public async Task Delete_RemovesTheWorkQueueAndAttempts_OfThatCampaignOnly()
    {
        await PlayOutAsync();
        await Store.AddAsync(Campaign("c2"), None);
        (await Store.EnqueueGroupsAsync("c2", ["g1"], "UTC", Start, None)).ShouldBe(6);

        (await Store.DeleteAsync("default", "c1", None)).ShouldBeTrue();

        (await Store.CountAsync("c1", None)).ShouldBe(CampaignCounts.Empty);
        (await Store.ListAttemptsAsync(new AttemptQuery("c1"), None)).ShouldBeEmpty();
        (await Store.GetAttemptAsync("c1", "a0", None)).ShouldBeNull();
        (await Store.CountAsync("c2", None)).Contacts.ShouldBe(6);
    }
}
