namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>A recording running on a simulated leg. Guarded by the simulator's lock.</summary>
internal sealed class SimulatedRecording(string id, SimulatedCall call, RecordingRequest request, DateTimeOffset startedAt)
{
    public string Id { get; } = id;
    public SimulatedCall Call { get; } = call;
    public RecordingRequest Request { get; } = request;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public string? OtherCallId { get; set; }
    public ITimer? Limit { get; set; }
}
