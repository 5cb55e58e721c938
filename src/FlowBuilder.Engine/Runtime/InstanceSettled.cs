namespace FlowBuilder.Engine.Runtime;

/// <summary>Where an instance came to rest: suspended on a wait, or finished.</summary>
public sealed record InstanceSettled(string InstanceId, InstanceStatus Status, object? Result, string? FaultMessage, string? FaultNodeId, string? WaitingOn);
