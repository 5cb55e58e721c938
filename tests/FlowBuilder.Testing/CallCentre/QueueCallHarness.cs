using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Testing.CallCentre;

/// <summary>Like <see cref="CallHarness"/> (engine, simulator with real prompt lengths, fake clock), plus call queues over
/// dictionary-backed queue stores.</summary>
public sealed class QueueCallHarness : IAsyncDisposable
{
    public const string Company = "default";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public QueueCallHarness()
    {
        Host = new TestEngine(f =>
        {
            f.AddCallSimulator();
            f.Services.Configure<CallChannelOptions>(o => o.DefaultChannel = CallSimulator.ChannelName);
            f.Services.AddSingleton<ICallQueueStore>(QueueStore);
            f.Services.AddSingleton<IQueueCallStore>(QueueCalls);
        });
    }

    public TestEngine Host { get; }
    public FakeTimeProvider Clock => Host.Clock;
    public InMemoryCallQueueStore QueueStore { get; } = new();
    public FakeQueueCallStore QueueCalls { get; } = new();
    public CallSimulator Simulator => Host.Services.GetRequiredService<CallSimulator>();
    public CallQueues Queues => Host.Services.GetRequiredService<CallQueues>();
    public ICallRecordStore Records => Host.Services.GetRequiredService<ICallRecordStore>();

    public async Task<FlowDefinition> PublishAsync(FlowDefinition flow)
    {
        var catalog = Host.Services.GetRequiredService<FlowCatalog>();
        await catalog.CreateAsync(Company, flow, CancellationToken.None);
        var version = await catalog.PublishAsync(Company, flow.Id, "test", null, CancellationToken.None);
        return version.Definition;
    }

    public async Task<(CallInfo Call, InboundCallResult Result)> CallAsync(string to, string from = "+15550001111")
    {
        var call = Simulator.Ring(from, to);
        var result = await Host.Services.GetRequiredService<CallFlows>().AcceptInboundAsync(Simulator, call, CancellationToken.None).AsTask().WaitAsync(Patience);
        return (call, result);
    }

    public Task<InstanceSettled> FinishedAsync(string instanceId) =>
        Host.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(Patience);

    public IReadOnlyList<string> Transcript(string callId) => Simulator.Transcript(callId).Select(e => e.ToString()).ToList();

    public Task<SimulatedCallEvent> WaitForAsync(string callId, SimulatedCallEventKind kind) => Simulator.WaitForAsync(callId, kind).WaitAsync(Patience);

    public Task<SimulatedCallEvent> WaitUntilAsync(Func<SimulatedCallEvent, bool> predicate) => Simulator.WaitUntilAsync(predicate).WaitAsync(Patience);

    public async Task<CallDetailRecord> RecordOfAsync(string callId)
    {
        await WaitForAsync(callId, SimulatedCallEventKind.HungUp);
        return await Records.FindAsync(callId, CancellationToken.None) ?? throw new InvalidOperationException($"Call {callId} hung up without a CDR.");
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
