using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>A row of the instance list.</summary>
internal sealed record InstanceSummaryView(
    string Id,
    string FlowId,
    int FlowVersion,
    InstanceStatus Status,
    string? CurrentNodeId,
    string? WaitingOn,
    string? Fault,
    string? CorrelationId,
    string? ParentInstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    public static InstanceSummaryView From(InstanceSnapshot s) =>
        new(s.Id, s.FlowId, s.FlowVersion, s.Status, s.CurrentNodeId, s.Bookmark?.Name, s.FaultMessage, s.CorrelationId, s.ParentInstanceId, s.CreatedAt, s.UpdatedAt, s.FinishedAt);
}
