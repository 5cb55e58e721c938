using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>A flow as stored: its editable draft with a revision for optimistic concurrency, and
/// what has been published from it.</summary>
public sealed record StoredFlow(
    string CompanyId,
    string Id,
    string Name,
    FlowStatus Status,
    FlowDefinition Draft,
    long Revision,
    int? LatestVersion,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
