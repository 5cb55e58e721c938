using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Server.Flows;

/// <summary>A published version; <see cref="Definition"/> is left out of lists.</summary>
internal sealed record FlowVersionView(string FlowId, int Version, string? Note, DateTimeOffset PublishedAt, bool Retracted, FlowDefinition? Definition)
{
    public static FlowVersionView From(StoredFlowVersion version, bool withDefinition = true) =>
        new(version.FlowId, version.Version, version.Note, version.PublishedAt, version.Retracted, withDefinition ? version.Definition : null);
}
