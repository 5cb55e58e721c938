using FlowBuilder.Data.Campaigns;
using FlowBuilder.Data.Context;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Campaigns;

/// <summary>What the SQL campaign store does, on SQLite and PostgreSQL: campaigns, the work queue and its claims.</summary>
public abstract partial class CampaignStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private TestDatabase _database = null!;
    private readonly List<TestStores> _processes = [];
    private readonly GroupContacts _contacts = new();

    private ICampaignStore Store { get; set; } = null!;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        Store = await OpenProcessAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A store with its own connection pool on the same database: another process, as far as the database can tell.</summary>
    private async Task<ICampaignStore> OpenProcessAsync()
    {
        var process = await TestStores.OpenAsync(_database);
        _processes.Add(process);
        return new SqlCampaignStore(process.Services.GetRequiredService<DatabaseInitializer>(), _contacts);
    }

    private static Campaign Campaign(string id, string company = "default", CampaignStatus status = CampaignStatus.Draft, DateTimeOffset? createdAt = null) =>
        new(id, company, $"Campaign {id}", "reminder", null, ["g1"], CampaignMode.AutoInformer, CallingSchedule.Default, 5, null, RetryPolicy.Default, [], status)
        {
            CreatedAt = createdAt ?? Start,
            UpdatedAt = createdAt ?? Start,
        };

    private static Contact Contact(string id, string phone, string group = "g1", string? zone = null) =>
        new(id, "default", group, phone, $"Name {id}", null, zone, new Dictionary<string, object?>());

    /// <summary>Stores campaign c1 with <paramref name="count"/> contacts (k0000…, +1555000000…) due at <see cref="Start"/>.</summary>
    private async Task QueueAsync(int count, string campaignId = "c1")
    {
        _contacts.Add(new SubscriberGroup("g1", "default", "Group 1", []),
            Enumerable.Range(0, count).Select(i => Contact($"k{i:0000}", $"+1555000{i:0000}")));
        await Store.AddAsync(Campaign(campaignId), None);
        (await Store.EnqueueGroupsAsync(campaignId, ["g1"], "UTC", Start, None)).ShouldBe(count);
    }

    private static CampaignAttempt Attempt(string id, string contactId, string node = "node-a", DateTimeOffset? at = null) =>
        new(id, "c1", contactId, 0, "+15550000000", at ?? Start) { Node = node };

    [ContractFact]
    public async Task Campaign_WithEveryField_ReadsBackEqual_ListsNewestFirst_Updates_AndDeletes()
    {
        var full = Campaign("c1") with
        {
            FlowVersion = 3,
            GroupIds = ["g1", "g2"],
            Mode = CampaignMode.Predictive,
            Schedule = new CallingSchedule(Start, Start.AddDays(7), new TimeOnly(8, 30), new TimeOnly(20, 15), [DayOfWeek.Monday, DayOfWeek.Friday], "Europe/London"),
            CallerId = "+15559990000",
            Retry = new RetryPolicy(new RetryRule(4, TimeSpan.FromMinutes(7)), new RetryRule(2, TimeSpan.FromSeconds(90)), new RetryRule(1, TimeSpan.Zero), new RetryRule(3, TimeSpan.FromHours(2))),
            Operators = ["101", "102"],
            Description = "Winter promo",
            AbandonLimit = 0.05,
            RingSeconds = 25,
            Trunk = "main",
            Channel = "sip",
            ConversionResults = ["sale"],
            DispositionCodes = ["interested", "do-not-call"],
            WrapUpSeconds = 45,
            Error = "none yet",
            StartedAt = Start.AddMinutes(1),
            CompletedAt = Start.AddMinutes(2),
        };
        await Store.AddAsync(full, None);
        await Store.AddAsync(Campaign("c2", createdAt: Start.AddHours(1), status: CampaignStatus.Active), None);
        await Store.AddAsync(Campaign("other", company: "acme", status: CampaignStatus.Active), None);

        var stored = (await Store.GetAsync("default", "c1", None)).ShouldNotBeNull();
        stored.ShouldBe(full with
        {
            GroupIds = stored.GroupIds, Schedule = full.Schedule with { Days = stored.Schedule.Days }, Operators = stored.Operators,
            ConversionResults = stored.ConversionResults, DispositionCodes = stored.DispositionCodes,
        });
        stored.GroupIds.ShouldBe(["g1", "g2"]);
        stored.Schedule.Days.ShouldBe([DayOfWeek.Monday, DayOfWeek.Friday]);
        stored.Operators.ShouldBe(["101", "102"]);
        stored.ConversionResults.ShouldBe(["sale"]);
        stored.DispositionCodes.ShouldBe(["interested", "do-not-call"]);
        (await Store.GetAsync("acme", "c1", None)).ShouldBeNull();
        (await Store.ListAsync("default", None)).Select(c => c.Id).ShouldBe(["c2", "c1"]);
        (await Store.ListByStatusAsync([CampaignStatus.Active, CampaignStatus.Scheduled], None)).Select(c => c.Id).ShouldBe(["c2", "other"], ignoreOrder: true);

        await Store.UpdateAsync(stored with { Status = CampaignStatus.Paused, Name = "Renamed" }, None);
        var updated = (await Store.GetAsync("default", "c1", None))!;
        (updated.Status, updated.Name).ShouldBe((CampaignStatus.Paused, "Renamed"));

        (await Store.DeleteAsync("acme", "c1", None)).ShouldBeFalse();
        (await Store.DeleteAsync("default", "c1", None)).ShouldBeTrue();
        (await Store.DeleteAsync("default", "c1", None)).ShouldBeFalse();
        (await Store.GetAsync("default", "c1", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task Enqueue_TwoGroups_OncePerPhone_FirstGroupWins_ZonesResolved_AndASecondCallAddsOnlyNewContacts()
    {
        // More contacts than one insert batch, so batching and the order across batches are exercised.
        var first = Enumerable.Range(0, SqlCampaignStore.EnqueueBatchSize + 50).Select(i => Contact($"a{i:0000}", $"+1555100{i:0000}", zone: i == 0 ? "America/Chicago" : null)).ToList();
        _contacts.Add(new SubscriberGroup("g1", "default", "First", [], DefaultTimeZone: "America/New_York"), first);
        _contacts.Add(new SubscriberGroup("g2", "default", "Second", []), [Contact("b1", "+15551000000", "g2"), Contact("b2", "+15552000000", "g2")]);
        await Store.AddAsync(Campaign("c1"), None);

        (await Store.EnqueueGroupsAsync("c1", ["g1", "g2"], "Europe/London", Start, None)).ShouldBe(first.Count + 1);

        var queue = await Store.ListContactsAsync(new CampaignContactQuery("c1", Limit: 1000), None);
        queue.Count.ShouldBe(first.Count + 1);
        queue.Select(c => c.ContactId).ShouldBe(first.Select(c => c.Id).Append("b2"));
        queue[0].ShouldBe(new CampaignContact("c1", "a0000", "+15551000000", "America/Chicago", CampaignContactState.Waiting, 0, Start));
        queue[1].TimeZone.ShouldBe("America/New_York");
        queue[^1].TimeZone.ShouldBe("Europe/London");
        queue.ShouldAllBe(c => c.State == CampaignContactState.Waiting && c.NextAttemptAt == Start);

        _contacts.Add(new SubscriberGroup("g2", "default", "Second", []), [Contact("b2", "+15552000000", "g2"), Contact("b3", "+15553000000", "g2")]);
        (await Store.EnqueueGroupsAsync("c1", ["g1", "g2"], "UTC", Start.AddHours(1), None)).ShouldBe(1);
        var added = (await Store.GetContactAsync("c1", "b3", None)).ShouldNotBeNull();
        added.NextAttemptAt.ShouldBe(Start.AddHours(1));
        (await Store.ListContactsAsync(new CampaignContactQuery("c1", Offset: first.Count, Limit: 10), None)).Select(c => c.ContactId).ShouldBe(["b2", "b3"]);
    }

    [ContractFact]
    public async Task Enqueue_StreamBreaksAfterSeveralBatches_AddsNothing()
    {
        _contacts.Add(new SubscriberGroup("g1", "default", "Group 1", []),
            Enumerable.Range(0, SqlCampaignStore.EnqueueBatchSize * 3).Select(i => Contact($"k{i:0000}", $"+1555000{i:0000}")));
        await Store.AddAsync(Campaign("c1"), None);
        _contacts.FailAfter = SqlCampaignStore.EnqueueBatchSize * 2 + 10;

        await Should.ThrowAsync<IOException>(() => Store.EnqueueGroupsAsync("c1", ["g1"], "UTC", Start, None).AsTask());

        (await Store.CountAsync("c1", None)).Contacts.ShouldBe(0);
        _contacts.FailAfter = null;
        (await Store.EnqueueGroupsAsync("c1", ["g1"], "UTC", Start, None)).ShouldBe(SqlCampaignStore.EnqueueBatchSize * 3);
    }

    [ContractFact]
    public async Task ClaimDue_TakesDueContactsEarliestFirst_UpToTheLimit_AndMarksThemClaimed()
    {
        await QueueAsync(5);
        await ClaimAndDeferAsync("k0000", Start.AddMinutes(10));
        await ClaimAndDeferAsync("k0001", Start.AddMinutes(-5));

        var claimed = await Store.ClaimDueAsync("c1", Start, 3, "node-a", Start.AddMinutes(1), None);

        claimed.Select(c => c.ContactId).ShouldBe(["k0001", "k0002", "k0003"]);
        claimed.ShouldAllBe(c => c.State == CampaignContactState.Claimed && c.ClaimedBy == "node-a" && c.ClaimedUntil == Start.AddMinutes(1));
        (await Store.ClaimDueAsync("c1", Start, 10, "node-b", Start.AddMinutes(1), None)).Select(c => c.ContactId).ShouldBe(["k0004"]);
        (await Store.ClaimDueAsync("c1", Start, 10, "node-b", Start.AddMinutes(1), None)).ShouldBeEmpty();
        (await Store.ClaimDueAsync("c1", Start.AddMinutes(10), 0, "node-b", Start.AddMinutes(11), None)).ShouldBeEmpty();
        (await Store.NextDueAsync("c1", None)).ShouldBe(Start.AddMinutes(10));
    }

    private async Task ClaimAndDeferAsync(string contactId, DateTimeOffset dueAt)
    {
        // Claim everything due, put back all but the wanted one as they were, and defer the wanted one.
        var claimed = await Store.ClaimDueAsync("c1", DateTimeOffset.MaxValue.AddDays(-1), 1000, "setup", Start, None);
        foreach (var contact in claimed)
            await Store.DeferAsync("c1", contact.ContactId, contact.ContactId == contactId ? dueAt : contact.NextAttemptAt!.Value, null, None);
    }

    [ContractFact]
    public async Task ClaimDue_TwoProcessesClaimingAtOnce_NeverClaimTheSameContactTwice()
    {
        const int contacts = 300;
        await QueueAsync(contacts);
        var other = await OpenProcessAsync();

        async Task<List<string>> ClaimAllAsync(ICampaignStore store, string node)
        {
            var mine = new List<string>();
            while (true)
            {
                var batch = await store.ClaimDueAsync("c1", Start, 7, node, Start.AddMinutes(5), None);
                if (batch.Count == 0) return mine;
                mine.AddRange(batch.Select(c => c.ContactId));
            }
        }

        var results = await Task.WhenAll(Task.Run(() => ClaimAllAsync(Store, "node-a")), Task.Run(() => ClaimAllAsync(other, "node-b")));

        var all = results[0].Concat(results[1]).ToList();
        all.Count.ShouldBe(contacts);
        all.Distinct().Count().ShouldBe(contacts);
        var queue = await Store.ListContactsAsync(new CampaignContactQuery("c1", CampaignContactState.Claimed, Limit: 1000), None);
        queue.Where(c => c.ClaimedBy == "node-a").Select(c => c.ContactId).ShouldBe(results[0], ignoreOrder: true);
        queue.Where(c => c.ClaimedBy == "node-b").Select(c => c.ContactId).ShouldBe(results[1], ignoreOrder: true);
    }

    [ContractFact]
    public async Task ClaimDue_LapsedClaim_IsTakenByAnotherNode_AndTheFirstNodesBeginAttemptGetsNull()
    {
        await QueueAsync(1);
        (await Store.ClaimDueAsync("c1", Start, 1, "node-a", Start.AddSeconds(30), None)).ShouldHaveSingleItem();
        (await Store.ClaimDueAsync("c1", Start.AddSeconds(29), 1, "node-b", Start.AddMinutes(2), None)).ShouldBeEmpty();

        var stolen = (await Store.ClaimDueAsync("c1", Start.AddSeconds(30), 1, "node-b", Start.AddMinutes(2), None)).ShouldHaveSingleItem();
        stolen.ClaimedBy.ShouldBe("node-b");

        (await Store.BeginAttemptAsync(Attempt("late", "k0000", node: "node-a"), None)).ShouldBeNull();
        var contact = (await Store.GetContactAsync("c1", "k0000", None))!;
        (contact.State, contact.Attempts, contact.ClaimedBy).ShouldBe((CampaignContactState.Claimed, 0, "node-b"));
        (await Store.ListAttemptsAsync(new AttemptQuery("c1"), None)).ShouldBeEmpty();
        (await Store.BeginAttemptAsync(Attempt("ok", "k0000", node: "node-b"), None)).ShouldNotBeNull().Number.ShouldBe(1);
    }

    [ContractFact]
    public async Task Defer_Skip_AndSkipRemaining_MoveContactsAsDocumented()
    {
        await QueueAsync(4);
        var claimed = await Store.ClaimDueAsync("c1", Start, 2, "node-a", Start.AddMinutes(1), None);
        claimed.Select(c => c.ContactId).ShouldBe(["k0000", "k0001"]);

        await Store.DeferAsync("c1", "k0000", Start.AddHours(3), "outside-hours", None);
        await Store.SkipAsync("c1", "k0001", "do-not-call", None);
        await Store.SkipAsync("c1", "k0002", "blacklisted", None);
        await Store.SetOperatorAsync("c1", "k0003", "101", None);

        var deferred = (await Store.GetContactAsync("c1", "k0000", None))!;
        (deferred.State, deferred.NextAttemptAt, deferred.Reason, deferred.ClaimedBy, deferred.Attempts).ShouldBe((CampaignContactState.Waiting, Start.AddHours(3), "outside-hours", null, 0));
        (await Store.GetContactAsync("c1", "k0001", None))!.Reason.ShouldBe("do-not-call");
        (await Store.GetContactAsync("c1", "k0002", None))!.State.ShouldBe(CampaignContactState.Skipped);
        (await Store.GetContactAsync("c1", "k0003", None))!.Operator.ShouldBe("101");
        (await Store.NextDueAsync("c1", None)).ShouldBe(Start);

        (await Store.SkipRemainingAsync("c1", "campaign-stopped", None)).ShouldBe(2);

        var queue = await Store.ListContactsAsync(new CampaignContactQuery("c1", CampaignContactState.Skipped), None);
        queue.Select(c => (c.ContactId, c.Reason)).ShouldBe([("k0000", "campaign-stopped"), ("k0001", "do-not-call"), ("k0002", "blacklisted"), ("k0003", "campaign-stopped")]);
        (await Store.NextDueAsync("c1", None)).ShouldBeNull();
        (await Store.GetContactAsync("c1", "nope", None)).ShouldBeNull();
    }
}

public sealed class SqliteCampaignStoreTests : CampaignStoreContract
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresCampaignStoreTests : CampaignStoreContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
