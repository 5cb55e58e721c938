using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>An immutable published version. A retracted version no longer starts instances; those
/// already running on it finish on it.</summary>
public sealed record StoredFlowVersion(
    string CompanyId,
    string FlowId,
    int Version,
    FlowDefinition Definition,
    string? Note,
    DateTimeOffset PublishedAt,
    bool Retracted);
