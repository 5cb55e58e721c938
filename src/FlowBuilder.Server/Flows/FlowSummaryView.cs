using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Server.Flows;

/// <summary>A row of the flow list (no draft).</summary>
internal sealed record FlowSummaryView(
    string Id,
    string Name,
    string? Description,
    FlowStatus Status,
    long Revision,
    int? LatestVersion,
    int? PublishedVersion,
    TriggerType? Trigger,
    DateTimeOffset UpdatedAt)
{
    public static FlowSummaryView From(StoredFlow flow) =>
        new(flow.Id, flow.Name, flow.Draft.Description, flow.Status, flow.Revision, flow.LatestVersion, flow.PublishedVersion, flow.Draft.Trigger?.Type, flow.UpdatedAt);
}
