using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Testing;

/// <summary>An engine with the built-in activities, the call simulator and a fake clock: publish a flow, ring its
/// number, drive the call, read the transcript, the journal and the CDRs.</summary>
public sealed class CallHarness : IAsyncDisposable
{
    public const string Company = "default";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <param name="configure">Extra registrations, e.g. call-centre stores.</param>
    /// <param name="clock">The fake clock; by default Monday 2026-01-05 09:00 UTC.</param>
    public CallHarness(bool instantPrompts = true, Action<FlowBuilderBuilder>? configure = null, FakeTimeProvider? clock = null)
    {
        // Flows started without a call (manual runs that Dial) dial on the simulator too.
        Host = new TestEngine(f =>
        {
            f.AddCallSimulator(o => o.InstantPrompts = instantPrompts);
            f.Services.Configure<CallChannelOptions>(o => o.DefaultChannel = CallSimulator.ChannelName);
            configure?.Invoke(f);
            f.Services.TryAddSingleton<ICallRecordingStore, InMemoryCallRecordingStore>();
        }, clock: clock);
    }

    public TestEngine Host { get; }
    public FakeTimeProvider Clock => Host.Clock;
    public CallSimulator Simulator => Host.Services.GetRequiredService<CallSimulator>();
    public CallFlows Calls => Host.Services.GetRequiredService<CallFlows>();
    public ICallRecordStore Records => Host.Services.GetRequiredService<ICallRecordStore>();
    public ICallRecordingStore Recordings => Host.Services.GetRequiredService<ICallRecordingStore>();
    public PlacedCalls Placed => Host.Services.GetRequiredService<PlacedCalls>();

    /// <summary>Creates and publishes the flow the way the server does (so a trigger node binds its number).</summary>
    public async Task<FlowDefinition> PublishAsync(FlowDefinition flow)
    {
        var catalog = Host.Services.GetRequiredService<FlowCatalog>();
        await catalog.CreateAsync(Company, flow, CancellationToken.None);
        var version = await catalog.PublishAsync(Company, flow.Id, "test", null, CancellationToken.None);
        return version.Definition;
    }

    /// <summary>Rings <paramref name="to"/> from <paramref name="from"/> and hands the call to the flow bound to it.</summary>
    public async Task<(CallInfo Call, InboundCallResult Result)> CallAsync(string to, string from = "+15550001111")
    {
        var call = Simulator.Ring(from, to);
        var result = await Calls.AcceptInboundAsync(Simulator, call, CancellationToken.None).AsTask().WaitAsync(Patience);
        return (call, result);
    }

    public Task<InstanceSettled> FinishedAsync(string instanceId) =>
        Host.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(Patience);

    /// <summary>The call's transcript as short lines: <c>answered</c>, <c>said "Hi"</c>, <c>pressed 1</c>…</summary>
    public IReadOnlyList<string> Transcript(string callId) => Simulator.Transcript(callId).Select(e => e.ToString()).ToList();

    /// <summary>Waits until the leg has ended and its CDR is written (the hang-up entry is recorded after the CDR).</summary>
    public async Task<CallDetailRecord> RecordOfAsync(string callId)
    {
        await Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp).WaitAsync(Patience);
        return await Records.FindAsync(callId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Call {callId} hung up without a CDR.");
    }

    public Task WaitForDigitReadAsync(string callId) => Simulator.WaitForDigitReadAsync(callId).WaitAsync(Patience);

    public Task<SimulatedCallEvent> WaitForAsync(string callId, SimulatedCallEventKind kind) => Simulator.WaitForAsync(callId, kind).WaitAsync(Patience);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
