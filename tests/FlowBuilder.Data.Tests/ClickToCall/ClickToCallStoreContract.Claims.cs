using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.Tests.ClickToCall;

public abstract partial class ClickToCallStoreContract
{
    /// <summary>Active campaign c1, paused campaign c2.</summary>
    private async Task CampaignsAsync()
    {
        await Stores.Campaigns.AddAsync(Campaign("c1"), None);
        await Stores.Campaigns.AddAsync(Campaign("c2", status: ClickToCallStatus.Paused), None);
    }

    private async Task<CallbackRequest> ClaimOneAsync(string id, string node = "node-a", DateTimeOffset? now = null)
    {
        var claimed = await Stores.Requests.ClaimDueAsync(now ?? Start, 100, node, (now ?? Start).AddMinutes(2), None);
        return claimed.Single(r => r.Id == id);
    }

    private static CallbackLeg Leg(string requestId, int attempt, CallbackLegSide side, string outcome = "answered") =>
        new(requestId, attempt, side, $"call-{requestId}-{attempt}-{side}", side == CallbackLegSide.Client ? "+4915112345678" : "ext:101", outcome, Start.AddSeconds(1))
        {
            AnsweredAt = Start.AddSeconds(5),
            EndedAt = Start.AddSeconds(65),
            SipStatus = 200,
            AnsweredBy = side == CallbackLegSide.Company ? "ext:102" : null,
        };

    [ContractFact]
    public async Task ClaimDue_TakesWaitingRequestsOfActiveCampaignsEarliestDueFirst_UpToTheLimit_AndMarksThemCalling()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1", dueAt: Start), None);
        await Stores.Requests.AddAsync(Request("r2", createdAt: Start.AddMinutes(-10), dueAt: Start.AddMinutes(-5)), None);
        await Stores.Requests.AddAsync(Request("r3", dueAt: Start.AddMinutes(10)), None);
        await Stores.Requests.AddAsync(Request("r4", campaign: "c2", dueAt: Start.AddMinutes(-30)), None);
        await Stores.Requests.AddAsync(Request("r5", dueAt: Start.AddMinutes(-1), status: CallbackRequestStatus.FailedCallingClient), None);
        await Stores.Requests.AddAsync(Request("r6", dueAt: Start.AddMinutes(-1)) with { FirstCalledAt = Start.AddDays(-1), Attempts = 2 }, None);

        var first = await Stores.Requests.ClaimDueAsync(Start, 2, "node-a", Start.AddMinutes(2), None);

        first.Select(r => r.Id).ShouldBe(["r2", "r6"]);
        first.ShouldAllBe(r => r.Status == CallbackRequestStatus.Calling && r.ClaimedBy == "node-a" && r.ClaimedUntil == Start.AddMinutes(2));
        (first[0].Attempts, first[0].FirstCalledAt).ShouldBe((1, (DateTimeOffset?)Start));
        (first[1].Attempts, first[1].FirstCalledAt).ShouldBe((3, (DateTimeOffset?)Start.AddDays(-1)));
        (await Stores.Requests.GetAsync("default", "r2", None))!.Status.ShouldBe(CallbackRequestStatus.Calling);
        (await Stores.Requests.ClaimDueAsync(Start, 10, "node-b", Start.AddMinutes(2), None)).Select(r => r.Id).ShouldBe(["r1"]);
        (await Stores.Requests.ClaimDueAsync(Start, 10, "node-b", Start.AddMinutes(2), None)).ShouldBeEmpty();
        (await Stores.Requests.ClaimDueAsync(Start.AddMinutes(10), 0, "node-b", Start.AddMinutes(12), None)).ShouldBeEmpty();
        (await Stores.Requests.ClaimDueAsync(Start.AddMinutes(1), 10, "node-b", Start.AddMinutes(1.5), None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task ClaimDue_PausedCampaign_KeepsItsRequestsWaiting_UntilItIsActiveAgain()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1", campaign: "c2"), None);

        (await Stores.Requests.ClaimDueAsync(Start.AddHours(1), 10, "node-a", Start.AddHours(2), None)).ShouldBeEmpty();
        (await Stores.Requests.GetAsync("default", "r1", None))!.Status.ShouldBe(CallbackRequestStatus.Waiting);

        await Stores.Campaigns.UpdateAsync(Campaign("c2"), None);
        (await Stores.Requests.ClaimDueAsync(Start.AddHours(1), 10, "node-a", Start.AddHours(2), None)).Select(r => r.Id).ShouldBe(["r1"]);
    }

    [ContractFact]
    public async Task ClaimDue_LapsedClaim_IsRecoveredFirst_StillCalling_WithoutCountingAnAttempt_AndOnlyTheNewNodeMayRenewIt()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1"), None);
        (await Stores.Requests.ClaimDueAsync(Start, 1, "node-a", Start.AddSeconds(30), None)).ShouldHaveSingleItem();
        await Stores.Requests.AddAsync(Request("r2", dueAt: Start.AddSeconds(10)), None);
        (await Stores.Requests.ClaimDueAsync(Start.AddSeconds(30), 1, "node-b", Start.AddMinutes(2), None)).Select(r => r.Id).ShouldBe(["r2"]);
        await Stores.Requests.AddAsync(Request("r3", dueAt: Start.AddSeconds(20)), None);

        var recovered = await Stores.Requests.ClaimDueAsync(Start.AddSeconds(31), 2, "node-b", Start.AddMinutes(3), None);

        recovered.Select(r => r.Id).ShouldBe(["r1", "r3"]);
        var lapsed = recovered[0];
        (lapsed.Status, lapsed.Attempts, lapsed.ClaimedBy, lapsed.ClaimedUntil, lapsed.FirstCalledAt)
            .ShouldBe((CallbackRequestStatus.Calling, 1, "node-b", (DateTimeOffset?)Start.AddMinutes(3), (DateTimeOffset?)Start));
        (await Stores.Requests.RenewClaimAsync("r1", "node-a", Start.AddMinutes(10), None)).ShouldBeFalse();
        (await Stores.Requests.RenewClaimAsync("r1", "node-b", Start.AddMinutes(10), None)).ShouldBeTrue();
        (await Stores.Requests.GetAsync("default", "r1", None))!.ClaimedUntil.ShouldBe(Start.AddMinutes(10));
        (await Stores.Requests.ClaimDueAsync(Start.AddMinutes(5), 10, "node-c", Start.AddMinutes(6), None)).Select(r => r.Id).ShouldBe(["r2", "r3"]);
    }

    [ContractFact]
    public async Task Defer_GivesBackTheClaimedAttempt_AndWaitsUntilTheNewTime()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1"), None);
        await ClaimOneAsync("r1");
        await Stores.Requests.SetInstanceAsync("r1", "i-1", None);

        await Stores.Requests.DeferAsync("r1", Start.AddHours(12), "outside hours", None);

        var deferred = (await Stores.Requests.GetAsync("default", "r1", None))!;
        (deferred.Status, deferred.Attempts, deferred.NextAttemptAt, deferred.Reason, deferred.ClaimedBy, deferred.ClaimedUntil, deferred.InstanceId)
            .ShouldBe((CallbackRequestStatus.Waiting, 0, Start.AddHours(12), "outside hours", (string?)null, (DateTimeOffset?)null, "i-1"));
        await Stores.Requests.DeferAsync("r1", Start.AddHours(20), "again", None);
        (await Stores.Requests.GetAsync("default", "r1", None))!.NextAttemptAt.ShouldBe(Start.AddHours(12));
        (await Stores.Requests.ClaimDueAsync(Start.AddHours(11), 10, "node-a", Start.AddHours(12), None)).ShouldBeEmpty();
        (await Stores.Requests.ClaimDueAsync(Start.AddHours(12), 10, "node-a", Start.AddHours(13), None)).Single().Attempts.ShouldBe(1);
    }

    [ContractFact]
    public async Task FinishAttempt_Completed_WritesLegsAndTheRequestOnce_ASecondOrStaleFinishReturnsFalse()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1") with { Reason = "busy" }, None);
        var claimed = await ClaimOneAsync("r1");
        var outcome = new CallbackAttemptOutcome("r1", claimed.Attempts, CallbackRequestStatus.Completed, Start.AddMinutes(1), null, "ignored",
            [Leg("r1", 1, CallbackLegSide.Company), Leg("r1", 1, CallbackLegSide.Client)])
        {
            TalkSeconds = 60.5,
            Price = 0.5m,
            Currency = "EUR",
        };

        (await Stores.Requests.FinishAttemptAsync(outcome with { Attempt = 2, Legs = [] }, None)).ShouldBeFalse();
        (await Stores.Requests.FinishAttemptAsync(outcome, None)).ShouldBeTrue();
        (await Stores.Requests.FinishAttemptAsync(outcome, None)).ShouldBeFalse();
        (await Stores.Requests.FinishAttemptAsync(outcome with { Status = CallbackRequestStatus.FailedCallingClient, Legs = [] }, None)).ShouldBeFalse();

        var done = (await Stores.Requests.GetAsync("default", "r1", None))!;
        (done.Status, done.CompletedAt, done.TalkSeconds, done.Price, done.Currency, done.Reason, done.ClaimedBy, done.ClaimedUntil, done.UpdatedAt)
            .ShouldBe((CallbackRequestStatus.Completed, (DateTimeOffset?)Start.AddMinutes(1), 60.5, (decimal?)0.5m, "EUR", (string?)null, (string?)null, (DateTimeOffset?)null, Start.AddMinutes(1)));
        var legs = await Stores.Requests.ListLegsAsync(["r1"], None);
        legs.Select(l => l.Side).ShouldBe([CallbackLegSide.Client, CallbackLegSide.Company]);
        legs[0].ShouldBe(Leg("r1", 1, CallbackLegSide.Client));
        legs[1].ShouldBe(Leg("r1", 1, CallbackLegSide.Company));
        (await Stores.Requests.ListLegsAsync([], None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task FinishAttempt_WithALegOfAnotherAttemptOrTwoLegsOfOneSide_IsRefused_AndChangesNothing()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1"), None);
        await ClaimOneAsync("r1");
        var outcome = new CallbackAttemptOutcome("r1", 1, CallbackRequestStatus.Completed, Start.AddMinutes(1), null, null, [Leg("r1", 2, CallbackLegSide.Client)]);

        (await Should.ThrowAsync<ArgumentException>(() => Stores.Requests.FinishAttemptAsync(outcome, None).AsTask())).Message.ShouldContain("attempt 2");
        await Should.ThrowAsync<ArgumentException>(() => Stores.Requests.FinishAttemptAsync(
            outcome with { Legs = [Leg("r1", 1, CallbackLegSide.Client), Leg("r1", 1, CallbackLegSide.Client)] }, None).AsTask());

        (await Stores.Requests.GetAsync("default", "r1", None))!.Status.ShouldBe(CallbackRequestStatus.Calling);
        (await Stores.Requests.ListLegsAsync(["r1"], None)).ShouldBeEmpty();
        (await Stores.Requests.FinishAttemptAsync(outcome with { Legs = [Leg("r1", 1, CallbackLegSide.Client)] }, None)).ShouldBeTrue();
    }

    [ContractFact]
    public async Task FinishAttempt_Retry_WaitsAgainWithTheReason_AndTheNextAttemptsLegsFollowInOrder()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1"), None);
        await ClaimOneAsync("r1");
        (await Stores.Requests.FinishAttemptAsync(new CallbackAttemptOutcome("r1", 1, CallbackRequestStatus.Waiting, Start.AddSeconds(40), Start.AddMinutes(5), "busy",
            [Leg("r1", 1, CallbackLegSide.Client, "busy")]), None)).ShouldBeTrue();

        var waiting = (await Stores.Requests.GetAsync("default", "r1", None))!;
        (waiting.Status, waiting.Attempts, waiting.NextAttemptAt, waiting.Reason, waiting.CompletedAt).ShouldBe((CallbackRequestStatus.Waiting, 1, Start.AddMinutes(5), "busy", (DateTimeOffset?)null));

        (await ClaimOneAsync("r1", now: Start.AddMinutes(5))).Attempts.ShouldBe(2);
        (await Stores.Requests.FinishAttemptAsync(new CallbackAttemptOutcome("r1", 2, CallbackRequestStatus.FailedCallingCompany, Start.AddMinutes(6), null,
            "no operator answered", [Leg("r1", 2, CallbackLegSide.Client), Leg("r1", 2, CallbackLegSide.Company, "no-answer")]), None)).ShouldBeTrue();

        var failed = (await Stores.Requests.GetAsync("default", "r1", None))!;
        (failed.Status, failed.Reason, failed.NextAttemptAt).ShouldBe((CallbackRequestStatus.FailedCallingCompany, "no operator answered", Start.AddMinutes(5)));
        (await Stores.Requests.ListLegsAsync(["r1", "other"], None)).Select(l => (l.Attempt, l.Side, l.Outcome))
            .ShouldBe([(1, CallbackLegSide.Client, "busy"), (2, CallbackLegSide.Client, "answered"), (2, CallbackLegSide.Company, "no-answer")]);
    }

    [ContractFact]
    public async Task RequeueForCallback_OnlyFromFailed_CompanyFirstWithTheOperator_KeepingTheAttempts()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1") with { Status = CallbackRequestStatus.FailedCallingClient, Attempts = 3, Reason = "no answer" }, None);
        await Stores.Requests.AddAsync(Request("r2"), None);
        await Stores.Requests.AddAsync(Request("r3", status: CallbackRequestStatus.Completed), None);
        await Stores.Requests.AddAsync(Request("r4", status: CallbackRequestStatus.FailedCallingCompany), None);

        (await Stores.Requests.RequeueForCallbackAsync("acme", "r1", "ext:105", Start.AddHours(1), None)).ShouldBeFalse();
        (await Stores.Requests.RequeueForCallbackAsync("default", "r1", "ext:105", Start.AddHours(1), None)).ShouldBeTrue();
        (await Stores.Requests.RequeueForCallbackAsync("default", "r1", "ext:105", Start.AddHours(1), None)).ShouldBeFalse();
        (await Stores.Requests.RequeueForCallbackAsync("default", "r2", null, Start.AddHours(1), None)).ShouldBeFalse();
        (await Stores.Requests.RequeueForCallbackAsync("default", "r3", null, Start.AddHours(1), None)).ShouldBeFalse();
        (await Stores.Requests.RequeueForCallbackAsync("default", "r4", null, Start.AddHours(1), None)).ShouldBeTrue();
        (await Stores.Requests.RequeueForCallbackAsync("default", "nope", null, Start.AddHours(1), None)).ShouldBeFalse();

        var requeued = (await Stores.Requests.GetAsync("default", "r1", None))!;
        (requeued.Status, requeued.NextAttemptAt, requeued.FirstLeg, requeued.CallbackOperator, requeued.Source, requeued.Attempts)
            .ShouldBe((CallbackRequestStatus.Waiting, Start.AddHours(1), FirstLeg.Company, "ext:105", "callback", 3));
        (await Stores.Requests.GetAsync("default", "r4", None))!.CallbackOperator.ShouldBeNull();
        (await Stores.Requests.ClaimDueAsync(Start.AddHours(1), 10, "node-a", Start.AddHours(2), None)).Single(r => r.Id == "r1").Attempts.ShouldBe(4);
    }

    [ContractFact]
    public async Task Cancel_FromWaitingOrFailed_Only_ForTheRequestsCompany()
    {
        await CampaignsAsync();
        await Stores.Requests.AddAsync(Request("r1", dueAt: Start.AddMinutes(1)), None);
        await Stores.Requests.AddAsync(Request("r2", status: CallbackRequestStatus.FailedCallingCompany), None);
        await Stores.Requests.AddAsync(Request("r3", status: CallbackRequestStatus.Completed), None);
        await Stores.Requests.AddAsync(Request("r4", createdAt: Start.AddMinutes(-1)), None);
        await ClaimOneAsync("r4");

        (await Stores.Requests.CancelAsync("acme", "r1", "nope", None)).ShouldBeFalse();
        (await Stores.Requests.CancelAsync("default", "r1", "customer asked", None)).ShouldBeTrue();
        (await Stores.Requests.CancelAsync("default", "r1", "again", None)).ShouldBeFalse();
        (await Stores.Requests.CancelAsync("default", "r2", "spam", None)).ShouldBeTrue();
        (await Stores.Requests.CancelAsync("default", "r3", "late", None)).ShouldBeFalse();
        (await Stores.Requests.CancelAsync("default", "r4", "busy now", None)).ShouldBeFalse();

        var cancelled = (await Stores.Requests.GetAsync("default", "r1", None))!;
        (cancelled.Status, cancelled.Reason).ShouldBe((CallbackRequestStatus.Cancelled, "customer asked"));
        (await Stores.Requests.GetAsync("default", "r3", None))!.Status.ShouldBe(CallbackRequestStatus.Completed);
        (await Stores.Requests.GetAsync("default", "r4", None))!.Status.ShouldBe(CallbackRequestStatus.Calling);
        (await Stores.Requests.ClaimDueAsync(Start.AddMinutes(1.5), 10, "node-a", Start.AddMinutes(3), None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task ClaimDue_TwoProcessesClaimingAtOnce_NeverClaimTheSameRequestTwice()
    {
        const int requests = 120;
        await CampaignsAsync();
        for (var i = 0; i < requests; i++) await Stores.Requests.AddAsync(Request($"r{i:000}", dueAt: Start.AddSeconds(-i)), None);
        var other = await OpenProcessAsync();

        async Task<List<string>> ClaimAllAsync(ICallbackRequestStore store, string node)
        {
            var mine = new List<string>();
            while (true)
            {
                var batch = await store.ClaimDueAsync(Start, 7, node, Start.AddMinutes(5), None);
                if (batch.Count == 0) return mine;
                mine.AddRange(batch.Select(r => r.Id));
            }
        }

        var results = await Task.WhenAll(Task.Run(() => ClaimAllAsync(Stores.Requests, "node-a")), Task.Run(() => ClaimAllAsync(other.Requests, "node-b")));

        var all = results[0].Concat(results[1]).ToList();
        all.Count.ShouldBe(requests);
        all.Distinct().Count().ShouldBe(requests);
        var page = await Stores.Requests.ListAsync(new CallbackRequestQuery("default", Statuses: [CallbackRequestStatus.Calling], Take: 1000), None);
        page.Items.Where(r => r.ClaimedBy == "node-a").Select(r => r.Id).ShouldBe(results[0], ignoreOrder: true);
        page.Items.Where(r => r.ClaimedBy == "node-b").Select(r => r.Id).ShouldBe(results[1], ignoreOrder: true);
        page.Items.ShouldAllBe(r => r.Attempts == 1);
    }
}
