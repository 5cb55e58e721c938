namespace FlowBuilder.Engine.Runtime;

/// <summary>Where an instance came to rest: suspended on a wait, or finished.</summary>
public sealed record InstanceSettled(string InstanceId, InstanceStatus Status, object? Result, string? FaultMessage, string? FaultNodeId, string? WaitingOn)
{
    /// <summary>The instance's company, flow, version and correlation id (set by the engine when it settles an instance it runs; null otherwise).</summary>
    public string? CompanyId { get; init; }

    public string? FlowId { get; init; }

    public int? FlowVersion { get; init; }

    public string? CorrelationId { get; init; }
}
