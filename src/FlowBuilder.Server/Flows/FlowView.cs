using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Server.Flows;

/// <summary>A stored flow: its draft, status and <see cref="Revision"/> (send it back when saving),
/// and which versions were published.</summary>
internal sealed record FlowView(
    string Id,
    string Name,
    FlowStatus Status,
    long Revision,
    int? LatestVersion,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    FlowDefinition Draft)
{
    public static FlowView From(StoredFlow flow) =>
        new(flow.Id, flow.Name, flow.Status, flow.Revision, flow.LatestVersion, flow.PublishedVersion, flow.CreatedAt, flow.UpdatedAt, flow.Draft);
}
