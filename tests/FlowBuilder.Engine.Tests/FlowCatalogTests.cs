using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Tests;

public sealed class FlowCatalogTests : IAsyncLifetime
{
    private readonly TestEngine _host = new();
    private FlowCatalog Catalog => _host.Services.GetRequiredService<FlowCatalog>();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static FlowDefinition Valid(string result = "one") =>
        Flow("greeter", [Node("end", "control.end", new { result })], version: 0) with { Trigger = new FlowTrigger { Type = TriggerType.Webhook, Path = "greet" } };

    [Fact]
    public async Task SaveDraft_FromAStaleRevision_IsRefusedAndKeepsTheStoredDraft()
    {
        var created = await Catalog.CreateAsync("default", Valid(), default);
        await Catalog.SaveDraftAsync("default", Valid("two"), created.Flow.Revision, default);
        var error = await Should.ThrowAsync<ConcurrencyConflictException>(async () => await Catalog.SaveDraftAsync("default", Valid("three"), created.Flow.Revision, default));
        error.ActualRevision.ShouldBe(created.Flow.Revision + 1);
        var stored = await Catalog.GetAsync("default", "greeter", default);
        stored.Draft.Nodes[0].Inputs["result"].GetString().ShouldBe("two");
    }

    [Fact]
    public async Task Publish_InvalidDraft_ListsEveryProblemAndPublishesNothing()
    {
        var broken = Flow("broken", [Node("a", "control.delay"), Node("b", "nope.nope")], version: 0);
        await Catalog.CreateAsync("default", broken, default);
        var error = await Should.ThrowAsync<FlowInvalidException>(async () => await Catalog.PublishAsync("default", "broken", "try", null, default));
        error.Report.Errors.Count().ShouldBe(2);
        (await Catalog.ListVersionsAsync("default", "broken", default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Publish_ThenRun_ThenRetract_StopsNewRuns()
    {
        await Catalog.CreateAsync("default", Valid(), default);
        var version = await Catalog.PublishAsync("default", "greeter", "first", null, default);
        version.Version.ShouldBe(1);
        version.Note.ShouldBe("first");
        (await _host.Flows.FindTriggerAsync(TriggerType.Webhook, "/Greet/", default)).ShouldNotBeNull().FlowId.ShouldBe("greeter");
        var handle = await _host.Engine.StartAsync(new StartRequest("default", "greeter"));
        (await handle.Settled).Result.ShouldBe("one");
        await Catalog.RetractAsync("default", "greeter", default);
        (await _host.Flows.FindTriggerAsync(TriggerType.Webhook, "greet", default)).ShouldBeNull();
        await Should.ThrowAsync<FlowNotPublishedException>(async () => await _host.Engine.StartAsync(new StartRequest("default", "greeter")));
    }

    [Fact]
    public async Task RestoreVersion_CopiesItIntoTheDraft()
    {
        var created = await Catalog.CreateAsync("default", Valid("one"), default);
        await Catalog.PublishAsync("default", "greeter", null, null, default);
        var edited = await Catalog.SaveDraftAsync("default", Valid("two"), created.Flow.Revision, default);
        var restored = await Catalog.RestoreVersionAsync("default", "greeter", 1, edited.Flow.Revision, default);
        restored.Flow.Draft.Nodes[0].Inputs["result"].GetString().ShouldBe("one");
    }

    [Fact]
    public async Task Archive_UnbindsTheTrigger_AndBlocksPublishing()
    {
        await Catalog.CreateAsync("default", Valid(), default);
        await Catalog.PublishAsync("default", "greeter", null, null, default);
        await Catalog.ArchiveAsync("default", "greeter", default);
        (await _host.Flows.FindTriggerAsync(TriggerType.Webhook, "greet", default)).ShouldBeNull();
        await Should.ThrowAsync<FlowArchivedException>(async () => await Catalog.PublishAsync("default", "greeter", null, null, default));
        (await Catalog.UnarchiveAsync("default", "greeter", default)).Status.ShouldBe(FlowStatus.Draft);
    }

    [Fact]
    public async Task Import_ExistingFlow_NeedsReplace_ThenExportRoundTrips()
    {
        await Catalog.ImportAsync("default", Valid("one"), replaceDraft: false, default);
        await Should.ThrowAsync<FlowExistsException>(async () => await Catalog.ImportAsync("default", Valid("two"), replaceDraft: false, default));
        await Catalog.ImportAsync("default", Valid("two"), replaceDraft: true, default);
        var exported = await Catalog.ExportAsync("default", "greeter", null, default);
        FlowJson.Serialize(exported).ShouldBe(FlowJson.Serialize(Valid("two") with { Version = 0, Status = FlowStatus.Draft }));
    }

    [Fact]
    public async Task TwoFlows_CannotShareAWebhookPath()
    {
        await Catalog.CreateAsync("default", Valid(), default);
        await Catalog.PublishAsync("default", "greeter", null, null, default);
        await Catalog.CreateAsync("default", Valid() with { Id = "other" }, default);
        var error = await Should.ThrowAsync<TriggerConflictException>(async () => await Catalog.PublishAsync("default", "other", null, null, default));
        error.OwnerFlowId.ShouldBe("greeter");
    }

    [Fact]
    public async Task Create_WithABadId_NamesTheField()
    {
        var error = await Should.ThrowAsync<FlowFormatException>(async () => await Catalog.CreateAsync("default", Valid() with { Id = "no spaces allowed" }, default));
        error.Path.ShouldBe("$.id");
    }
}
