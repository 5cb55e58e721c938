namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>Two simulated legs hearing each other until one ends, asks for a transfer, or the bridge is cancelled.</summary>
internal sealed class SimulatedBridge(SimulatedCall first, SimulatedCall second, BridgeOptions options)
{
    public SimulatedCall First { get; } = first;
    public SimulatedCall Second { get; } = second;
    public BridgeOptions Options { get; } = options;
    public TaskCompletionSource<BridgeResult> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SimulatedCall Other(SimulatedCall call) => ReferenceEquals(call, First) ? Second : First;
}
