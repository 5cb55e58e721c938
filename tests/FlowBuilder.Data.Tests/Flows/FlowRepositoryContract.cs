using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using static FlowBuilder.Data.Tests.Support.TestFlows;

namespace FlowBuilder.Data.Tests.Flows;

/// <summary>What every <see cref="IFlowRepository"/> must do; <see cref="InMemoryFlowRepository"/> is the reference.</summary>
public abstract partial class FlowRepositoryContract : IAsyncLifetime
{
    protected const string Company = "default";
    protected static readonly CancellationToken None = CancellationToken.None;

    protected IFlowRepository Flows { get; private set; } = null!;

    protected abstract Task<IFlowRepository> CreateRepositoryAsync();

    /// <summary>A second writer on the same data, as another process would be (the same object in memory).</summary>
    protected abstract Task<IFlowRepository> OpenAnotherWriterAsync();

    public async Task InitializeAsync() => Flows = await CreateRepositoryAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [ContractFact]
    public async Task Create_NewFlow_StoresDraftAtRevisionOne()
    {
        var created = await Flows.CreateAsync(Company, Flow("welcome", "Welcome line") with { Version = 7, Status = FlowStatus.Published }, None);

        var stored = await Flows.GetAsync(Company, "welcome", None);

        stored.ShouldNotBeNull();
        stored.Revision.ShouldBe(1);
        stored.Name.ShouldBe("Welcome line");
        stored.Status.ShouldBe(FlowStatus.Draft);
        stored.LatestVersion.ShouldBeNull();
        stored.PublishedVersion.ShouldBeNull();
        stored.CreatedAt.ShouldBe(created.CreatedAt);
        Json(stored.Draft).ShouldBe(Json(Flow("welcome", "Welcome line")));
        Json(created.Draft).ShouldBe(Json(stored.Draft));
    }

    [ContractFact]
    public async Task Create_DuplicateId_ThrowsFlowExistsAndKeepsFirstFlow()
    {
        await Flows.CreateAsync(Company, Flow("welcome", "First"), None);

        var error = await Should.ThrowAsync<FlowExistsException>(() => Flows.CreateAsync(Company, Flow("welcome", "Second"), None).AsTask());

        error.FlowId.ShouldBe("welcome");
        (await Flows.GetAsync(Company, "welcome", None))!.Name.ShouldBe("First");
    }

    [ContractFact]
    public async Task Create_SameIdInAnotherCompany_KeepsCompaniesApart()
    {
        await Flows.CreateAsync(Company, Flow("welcome", "Ours"), None);
        await Flows.CreateAsync("acme", Flow("welcome", "Theirs"), None);

        (await Flows.GetAsync(Company, "welcome", None))!.Name.ShouldBe("Ours");
        (await Flows.GetAsync("acme", "welcome", None))!.Name.ShouldBe("Theirs");
        (await Flows.ListAsync("acme", new FlowQuery(), None)).Select(f => f.Name).ShouldBe(["Theirs"]);
    }

    [ContractFact]
    public async Task Get_UnknownFlow_ReturnsNull()
    {
        (await Flows.GetAsync(Company, "missing", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task SaveDraft_CurrentRevision_ReplacesDraftAndIncrementsRevision()
    {
        await Flows.CreateAsync(Company, Flow("welcome"), None);

        var saved = await Flows.SaveDraftAsync(Company, Flow("welcome", "Renamed", greeting: "Hi there"), 1, None);

        saved.Revision.ShouldBe(2);
        var stored = await Flows.GetAsync(Company, "welcome", None);
        stored!.Revision.ShouldBe(2);
        stored.Name.ShouldBe("Renamed");
        Json(stored.Draft).ShouldBe(Json(Flow("welcome", "Renamed", greeting: "Hi there")));
        stored.UpdatedAt.ShouldBeGreaterThanOrEqualTo(stored.CreatedAt);
    }

    [ContractFact]
    public async Task SaveDraft_StaleRevision_ThrowsConflictAndKeepsStoredDraft()
    {
        await Flows.CreateAsync(Company, Flow("welcome"), None);
        await Flows.SaveDraftAsync(Company, Flow("welcome", greeting: "Saved by Ann"), 1, None);

        var error = await Should.ThrowAsync<ConcurrencyConflictException>(() => Flows.SaveDraftAsync(Company, Flow("welcome", greeting: "Saved by Bob"), 1, None).AsTask());

        error.ExpectedRevision.ShouldBe(1);
        error.ActualRevision.ShouldBe(2);
        var stored = await Flows.GetAsync(Company, "welcome", None);
        stored!.Revision.ShouldBe(2);
        Json(stored.Draft).ShouldBe(Json(Flow("welcome", greeting: "Saved by Ann")));
    }

    [ContractFact]
    public async Task SaveDraft_TwoWritersFromSameRevision_OnlyOneWins()
    {
        await Flows.CreateAsync(Company, Flow("welcome"), None);
        var writers = new[] { Flows, await OpenAnotherWriterAsync(), await OpenAnotherWriterAsync(), await OpenAnotherWriterAsync() };

        var attempts = writers.Select((writer, i) => Task.Run(async () =>
        {
            try
            {
                await writer.SaveDraftAsync(Company, Flow("welcome", greeting: $"writer {i}"), 1, None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);

        results.Count(won => won).ShouldBe(1);
        var stored = await Flows.GetAsync(Company, "welcome", None);
        stored!.Revision.ShouldBe(2);
        Json(stored.Draft).ShouldBe(Json(Flow("welcome", greeting: $"writer {Array.IndexOf(results, true)}")));
    }

    [ContractFact]
    public async Task SaveDraft_UnknownFlow_ThrowsFlowNotFound()
    {
        await Should.ThrowAsync<FlowNotFoundException>(() => Flows.SaveDraftAsync(Company, Flow("missing"), 1, None).AsTask());
    }

    [ContractFact]
    public async Task SaveDraft_PublishedFlow_KeepsStatusPublished()
    {
        await Flows.CreateAsync(Company, Flow("welcome"), None);
        await Flows.PublishAsync(Company, "welcome", Flow("welcome"), null, None);

        var saved = await Flows.SaveDraftAsync(Company, Flow("welcome", greeting: "Next"), 1, None);

        saved.Status.ShouldBe(FlowStatus.Published);
        saved.Draft.Status.ShouldBe(FlowStatus.Published);
        saved.Draft.Version.ShouldBe(0);
        saved.PublishedVersion.ShouldBe(1);
    }

    [ContractFact]
    public async Task SetStatus_Archived_UnbindsTriggerAndIncrementsRevision()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);
        await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("orders")), null, None);

        var archived = await Flows.SetStatusAsync(Company, "orders", FlowStatus.Archived, None);

        archived.Status.ShouldBe(FlowStatus.Archived);
        archived.Revision.ShouldBe(2);
        archived.PublishedVersion.ShouldBe(1);
        (await Flows.FindTriggerAsync(TriggerType.Webhook, "orders", None)).ShouldBeNull();
        (await Flows.GetAsync(Company, "orders", None))!.Status.ShouldBe(FlowStatus.Archived);
    }

    [ContractFact]
    public async Task SetStatus_UnknownFlow_ThrowsFlowNotFound()
    {
        await Should.ThrowAsync<FlowNotFoundException>(() => Flows.SetStatusAsync(Company, "missing", FlowStatus.Archived, None).AsTask());
    }

    [ContractFact]
    public async Task List_FiltersByCompanyStatusAndSearch_OrderedByName()
    {
        await Flows.CreateAsync(Company, Flow("b-flow", "beta Line"), None);
        await Flows.CreateAsync(Company, Flow("a-flow", "Alpha"), None);
        await Flows.CreateAsync(Company, Flow("support", "Gamma"), None);
        await Flows.CreateAsync("acme", Flow("acme-line", "Acme line"), None);
        await Flows.PublishAsync(Company, "support", Flow("support", "Gamma"), null, None);

        (await Flows.ListAsync(Company, new FlowQuery(), None)).Select(f => f.Id).ShouldBe(["a-flow", "b-flow", "support"]);
        (await Flows.ListAsync(Company, new FlowQuery(Search: "LINE"), None)).Select(f => f.Id).ShouldBe(["b-flow"]);
        (await Flows.ListAsync(Company, new FlowQuery(Search: "A-FL"), None)).Select(f => f.Id).ShouldBe(["a-flow"]);
        (await Flows.ListAsync(Company, new FlowQuery(Status: FlowStatus.Published), None)).Select(f => f.Id).ShouldBe(["support"]);
        (await Flows.ListAsync(Company, new FlowQuery(Search: "flow", Status: FlowStatus.Draft), None)).Select(f => f.Id).ShouldBe(["a-flow", "b-flow"]);
    }
}
