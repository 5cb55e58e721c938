using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using static FlowBuilder.Data.Tests.Support.TestInstances;

namespace FlowBuilder.Data.Tests.Instances;

/// <summary>What every <see cref="IInstanceStore"/> must do; <see cref="InMemoryInstanceStore"/> is the reference.</summary>
public abstract partial class InstanceStoreContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected IInstanceStore Store { get; private set; } = null!;

    protected abstract Task<IInstanceStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [ContractFact]
    public async Task Write_SnapshotWithEveryField_ReadsBackEqual()
    {
        var snapshot = Snapshot("i-1", revision: 4, status: InstanceStatus.Suspended, bookmark: Bookmark(), correlationId: "order-77") with
        {
            TriggerJson = """{"type":"webhook"}""",
            PendingStimuliJson = """[{"kind":"dtmf","digits":"1"}]""",
            ResultJson = """{"ok":true}""",
            FaultMessage = "not really",
            FaultNodeId = "greet",
            ParentInstanceId = "i-0",
            FinishedAt = Start.AddHours(1),
        };

        await Store.WriteAsync(Batch(snapshot), None);
        var stored = await Store.GetAsync("i-1", None);

        stored.ShouldBe(snapshot);
        stored!.CreatedAt.UtcTicks.ShouldBe(snapshot.CreatedAt.UtcTicks);
        stored.Bookmark!.CreatedAt.UtcTicks.ShouldBe(snapshot.Bookmark!.CreatedAt.UtcTicks);
    }

    [ContractFact]
    public async Task Write_SnapshotWithoutBookmarkOrOptionalValues_ReadsBackNulls()
    {
        var snapshot = Snapshot("i-1") with { CurrentNodeId = null };

        await Store.WriteAsync(Batch(snapshot), None);

        (await Store.GetAsync("i-1", None)).ShouldBe(snapshot);
    }

    [ContractFact]
    public async Task Write_NewerRevision_ReplacesSnapshotAndClearsBookmark()
    {
        await Store.WriteAsync(Batch(Snapshot("i-1", revision: 1, status: InstanceStatus.Suspended, bookmark: Bookmark())), None);

        await Store.WriteAsync(Batch(Snapshot("i-1", revision: 2, status: InstanceStatus.Completed)), None);

        var stored = await Store.GetAsync("i-1", None);
        stored!.Revision.ShouldBe(2);
        stored.Status.ShouldBe(InstanceStatus.Completed);
        stored.Bookmark.ShouldBeNull();
    }

    [ContractFact]
    public async Task Write_OlderRevision_IsIgnored()
    {
        await Store.WriteAsync(Batch(Snapshot("i-1", revision: 5, status: InstanceStatus.Completed)), None);

        await Store.WriteAsync(Batch(Snapshot("i-1", revision: 4, status: InstanceStatus.Suspended, bookmark: Bookmark())), None);

        var stored = await Store.GetAsync("i-1", None);
        stored!.Revision.ShouldBe(5);
        stored.Status.ShouldBe(InstanceStatus.Completed);
        stored.VariablesJson.ShouldBe("""{"attempts":5}""");
        (await Store.FindByBookmarkAsync("sms.reply", "+4930123", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task Write_JournalEntryTwice_KeepsOneEntryWithLatestValues()
    {
        await Store.WriteAsync(new PersistenceBatch([], [Journal("i-1", 2), Journal("i-1", 1)], []), None);

        await Store.WriteAsync(new PersistenceBatch([], [Journal("i-1", 2, outcome: "replayed"), Journal("i-1", 3)], []), None);

        var journal = await Store.GetJournalAsync("i-1", None);
        journal.Select(j => (j.Sequence, j.Outcome)).ShouldBe([(1L, "done"), (2L, "replayed"), (3L, "done")]);
        journal[0].ShouldBe(Journal("i-1", 1));
        (await Store.GetJournalAsync("i-2", None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task Write_Incidents_AreListedPerInstanceInOrder()
    {
        var later = Incident("inc-2", "i-1", Start.AddSeconds(2));
        var earlier = Incident("inc-1", "i-1", Start.AddSeconds(1));
        await Store.WriteAsync(new PersistenceBatch([], [], [earlier]), None);
        await Store.WriteAsync(new PersistenceBatch([], [], [later, Incident("inc-3", "i-2", Start)]), None);

        (await Store.GetIncidentsAsync("i-1", None)).ShouldBe([earlier, later]);
        (await Store.GetIncidentsAsync("i-9", None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task Write_LargeBatch_StoresEverything()
    {
        var snapshots = Enumerable.Range(0, 300).Select(i => Snapshot($"i-{i}", status: InstanceStatus.Suspended)).ToArray();
        var journal = Enumerable.Range(0, 300).SelectMany(i => new[] { Journal($"i-{i}", 1), Journal($"i-{i}", 2) }).ToArray();

        await Store.WriteAsync(new PersistenceBatch(snapshots, journal, []), None);

        (await Store.ListUnfinishedAsync(None)).Count.ShouldBe(300);
        (await Store.GetJournalAsync("i-299", None)).Count.ShouldBe(2);
    }

    [ContractFact]
    public async Task Get_UnknownInstance_ReturnsNull()
    {
        (await Store.GetAsync("missing", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task ListUnfinished_ReturnsRunningAndSuspendedOnly()
    {
        await Store.WriteAsync(Batch(
            Snapshot("running", status: InstanceStatus.Running),
            Snapshot("suspended", status: InstanceStatus.Suspended, bookmark: Bookmark()),
            Snapshot("completed", status: InstanceStatus.Completed),
            Snapshot("faulted", status: InstanceStatus.Faulted),
            Snapshot("cancelled", status: InstanceStatus.Cancelled),
            Snapshot("elsewhere", status: InstanceStatus.Suspended, companyId: "acme")), None);

        var unfinished = await Store.ListUnfinishedAsync(None);

        unfinished.Select(s => s.Id).Order().ShouldBe(["elsewhere", "running", "suspended"]);
        unfinished.Single(s => s.Id == "suspended").Bookmark.ShouldBe(Bookmark());
    }

    [ContractFact]
    public async Task FindByBookmark_SuspendedInstance_ReturnsItsId()
    {
        await Store.WriteAsync(Batch(
            Snapshot("waiting", status: InstanceStatus.Suspended, bookmark: Bookmark("sms.reply", "+4930123")),
            Snapshot("other", status: InstanceStatus.Suspended, bookmark: Bookmark("sms.reply", "+4930999"))), None);

        (await Store.FindByBookmarkAsync("sms.reply", "+4930123", None)).ShouldBe("waiting");
        (await Store.FindByBookmarkAsync("sms.reply", "+4930000", None)).ShouldBeNull();
        (await Store.FindByBookmarkAsync("timer", "+4930123", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task FindByBookmark_InstanceNotSuspended_ReturnsNull()
    {
        await Store.WriteAsync(Batch(
            Snapshot("done", status: InstanceStatus.Completed, bookmark: Bookmark()),
            Snapshot("busy", status: InstanceStatus.Running, bookmark: Bookmark())), None);

        (await Store.FindByBookmarkAsync("sms.reply", "+4930123", None)).ShouldBeNull();
    }
}
