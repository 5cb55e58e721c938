using System.Text.Json.Nodes;

namespace FlowBuilder.Engine.Descriptors;

/// <summary>Everything the designer needs to draw an activity and its property form.</summary>
public sealed record ActivityDescriptor(
    string Type,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyList<string> Outcomes,
    DynamicOutcomesDescriptor? DynamicOutcomes,
    IReadOnlyList<OutputDescriptor> Outputs,
    JsonObject InputSchema,
    bool Waits,
    bool IsTrigger,
    bool Replies,
    string Source)
{
    public string TypeId { get; } = $"{Type}@{Version}";
}
