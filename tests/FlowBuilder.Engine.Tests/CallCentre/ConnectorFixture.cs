using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Testing.CallCentre;

namespace FlowBuilder.Engine.Tests.CallCentre;

/// <summary>A connector over the call simulator, a fake clock and an acme directory: extensions 101–107, group sales.</summary>
internal sealed class ConnectorFixture
{
    public const string Company = "acme";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public ConnectorFixture()
    {
        Simulator = new CallSimulator(Clock, Records, recordings: Recordings);
        Connector = new CallConnector(new CallTargets(Extensions, Groups), Clock);
        foreach (var number in new[] { "101", "102", "103", "104", "105", "106", "107" })
            Extensions.SaveAsync(new Extension(Company, number, "Agent " + number, "secret"), CancellationToken.None).AsTask().Wait();
    }

    private InMemoryExtensionGroupStore? _groups;

    public FakeTimeProvider Clock { get; } = new();
    public InMemoryCallRecordStore Records { get; } = new();
    public InMemoryCallRecordingStore Recordings { get; } = new();
    public InMemoryExtensionStore Extensions { get; } = new();
    public InMemoryExtensionGroupStore Groups => _groups ??= new InMemoryExtensionGroupStore(Extensions);
    public CallSimulator Simulator { get; }
    public CallConnector Connector { get; }

    public void Save(Extension extension) => Extensions.SaveAsync(extension, CancellationToken.None).AsTask().Wait();

    public async Task<CallTarget> TargetAsync(string text) =>
        (await Connector.Targets.ResolveAsync(Company, text, CancellationToken.None)).Target.ShouldNotBeNull();

    /// <summary>An answered inbound call, as a flow would have it.</summary>
    public async Task<CallInfo> AnsweredCallerAsync()
    {
        var caller = Simulator.Ring("+15550001111", "+18005550100");
        await Simulator.AnswerAsync(caller.Id, CancellationToken.None);
        return caller;
    }

    public Task<ConnectResult> ConnectAsync(CallInfo caller, CallTarget target, ConnectOptions? options = null) =>
        Connector.ConnectAsync(Simulator, caller.Id, target, options ?? new ConnectOptions(Company), CancellationToken.None).AsTask();

    /// <summary>The leg the caller was bridged to the <paramref name="nth"/> time (1-based).</summary>
    public async Task<string> BridgedLegAsync(string callerId, int nth = 1)
    {
        var seen = 0;
        var bridged = await Simulator.WaitUntilAsync(e => e.CallId == callerId && e.Kind == SimulatedCallEventKind.Bridged && ++seen == nth).WaitAsync(Patience);
        return bridged.Text!;
    }

    /// <summary>The leg dialled to <paramref name="number"/>.</summary>
    public async Task<string> DiallingAsync(string number) =>
        (await Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == number).WaitAsync(Patience)).CallId;

    public bool WasDialled(string number) => Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == number).IsCompleted;

    public async Task<CallDetailRecord> RecordOfAsync(string callId)
    {
        await Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp).WaitAsync(Patience);
        return (await Records.FindAsync(callId, CancellationToken.None)).ShouldNotBeNull();
    }

    public static Task<T> Within<T>(Task<T> task) => task.WaitAsync(Patience);
}
