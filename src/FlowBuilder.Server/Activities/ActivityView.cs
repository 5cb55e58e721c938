using System.Text.Json.Nodes;
using FlowBuilder.Engine.Descriptors;

namespace FlowBuilder.Server.Activities;

/// <summary>An activity descriptor as the designer's palette and property panel read it.</summary>
internal sealed record ActivityView(
    string Type,
    int Version,
    string TypeId,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyList<string> Outcomes,
    DynamicOutcomesDescriptor? DynamicOutcomes,
    IReadOnlyList<OutputDescriptor> Outputs,
    JsonObject InputSchema,
    bool Waits,
    bool IsTrigger,
    string Source)
{
    public static ActivityView From(ActivityDescriptor d) =>
        new(d.Type, d.Version, d.TypeId, d.Category, d.DisplayName, d.Description, d.Outcomes, d.DynamicOutcomes, d.Outputs, d.InputSchema, d.Waits, d.IsTrigger, d.Source);
}
