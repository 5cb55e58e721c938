using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

/// <summary>One block on the canvas. <see cref="Inputs"/> maps input names to literal values,
/// <c>{{ }}</c> templates or <c>js:</c> scripts.</summary>
public sealed record FlowNode
{
    public string Id { get; init; } = "";

    /// <summary>Activity type id with optional version, e.g. <c>control.decision@1</c>.</summary>
    public string Type { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NodePosition? Position { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Inputs { get; init; } = new Dictionary<string, JsonElement>();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RetryPolicyDefinition? Retry { get; init; }
}
