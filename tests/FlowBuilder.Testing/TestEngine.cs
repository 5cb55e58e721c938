using FlowBuilder.Activities;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Testing;

/// <summary>An engine over in-memory stores and a fake clock, with the built-in activities and any extra ones.</summary>
public sealed class TestEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TestEngine(Action<FlowBuilderBuilder>? configure = null, Action<EngineOptions>? options = null, IInstanceStore? store = null, IFlowRepository? flows = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        if (store is not null) services.AddSingleton(store);
        if (flows is not null) services.AddSingleton(flows);
        services.AddFlowBuilder(f =>
        {
            f.AddBuiltInActivities();
            configure?.Invoke(f);
        });
        if (options is not null) services.Configure(options);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }
    public FlowEngine Engine => _services.GetRequiredService<FlowEngine>();
    public FlowCompiler Compiler => _services.GetRequiredService<FlowCompiler>();
    public ActivityRegistry Registry => _services.GetRequiredService<ActivityRegistry>();
    public IInstanceStore Store => _services.GetRequiredService<IInstanceStore>();
    public IFlowRepository Flows => _services.GetRequiredService<IFlowRepository>();
    public IServiceProvider Services => _services;

    public ExecutablePlan Compile(FlowDefinition flow)
    {
        var result = Compiler.Compile(flow);
        return result.Plan ?? throw new InvalidOperationException("Flow does not compile: " + string.Join("; ", result.Report.Errors));
    }

    public ExecutablePlan Compile(string json) => Compile(FlowJson.Parse(json));

    /// <summary>Starts the flow and waits until it first settles.</summary>
    public async Task<InstanceSettled> RunAsync(ExecutablePlan plan, Dictionary<string, object?>? input = null, object? trigger = null)
    {
        var handle = Engine.Start(plan, new StartRequest("default", plan.FlowId, Input: input, Trigger: trigger));
        return await handle.Settled.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Journal as "node:outcome" lines, after everything queued is written.</summary>
    public async Task<IReadOnlyList<string>> TranscriptAsync(string instanceId)
    {
        await Engine.FlushAsync();
        var journal = await Store.GetJournalAsync(instanceId, CancellationToken.None);
        return journal.Select(e => $"{e.NodeId}:{e.Outcome}").ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _services.DisposeAsync();
    }
}
