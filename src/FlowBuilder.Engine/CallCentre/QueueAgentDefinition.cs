namespace FlowBuilder.Engine.CallCentre;

/// <summary>An agent of a queue: an extension (local) or an outside number (remote).</summary>
/// <param name="Id">Unique in the queue; what login, logout and pause name. Defaults to the target.</param>
/// <param name="Target">Extension number, or outside number for a remote agent.</param>
public sealed record QueueAgentDefinition(string Id, string Target, CallTargetKind Kind = CallTargetKind.Extension, string? Name = null);
