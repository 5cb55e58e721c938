using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Tests;

public sealed class TriggerDirectoryTests : IAsyncLifetime
{
    private readonly TestEngine _host = new();
    private TriggerDirectory Directory => _host.Services.GetRequiredService<TriggerDirectory>();
    private FlowCatalog Catalog => _host.Services.GetRequiredService<FlowCatalog>();

    public async Task InitializeAsync()
    {
        var flow = Flow("hook", [Node("end", "control.end")], version: 0) with { Trigger = new FlowTrigger { Type = TriggerType.Webhook, Path = "orders" } };
        await Catalog.CreateAsync("default", flow, default);
        await Catalog.PublishAsync("default", "hook", null, null, default);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Binding_IsRemembered_UntilItsLifetimeEnds()
    {
        (await Directory.FindAsync(TriggerType.Webhook, "/Orders/", default)).ShouldNotBeNull().FlowId.ShouldBe("hook");
        await _host.Flows.RetractAsync("default", "hook", default);  // behind the directory's back, as another node would
        (await Directory.FindAsync(TriggerType.Webhook, "orders", default)).ShouldNotBeNull();
        _host.Clock.Advance(TriggerDirectory.Lifetime);
        (await Directory.FindAsync(TriggerType.Webhook, "orders", default)).ShouldBeNull();
    }

    [Fact]
    public async Task RetractingThroughTheCatalog_ForgetsAtOnce()
    {
        (await Directory.FindAsync(TriggerType.Webhook, "orders", default)).ShouldNotBeNull();
        await Catalog.RetractAsync("default", "hook", default);
        (await Directory.FindAsync(TriggerType.Webhook, "orders", default)).ShouldBeNull();
    }
}
