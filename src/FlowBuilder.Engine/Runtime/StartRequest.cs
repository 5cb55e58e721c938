namespace FlowBuilder.Engine.Runtime;

/// <summary>Starts an instance of a published flow version.</summary>
/// <param name="Input">Values for the flow's declared inputs (checked against them).</param>
/// <param name="Trigger">The trigger payload (webhook body, call details) as seen by <c>trigger</c>.</param>
/// <param name="CorrelationId">An id of the caller's choosing to find the instance by (order id, call id).</param>
public sealed record StartRequest(
    string CompanyId,
    string FlowId,
    int? Version = null,
    Dictionary<string, object?>? Input = null,
    object? Trigger = null,
    string? CorrelationId = null,
    string? ParentInstanceId = null,
    string? InstanceId = null);
