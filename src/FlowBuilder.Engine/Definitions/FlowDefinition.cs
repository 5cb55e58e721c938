using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

/// <summary>
/// A flow as authored in the designer and stored as JSON. Positions and labels are kept so the
/// designer round-trips the file. <see cref="Start"/> defaults to the first node.
/// </summary>
public sealed record FlowDefinition
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public string Id { get; init; } = "";
    public string Name { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    public int Version { get; init; }
    public FlowStatus Status { get; init; } = FlowStatus.Draft;
    public IReadOnlyList<FlowVariable> Variables { get; init; } = [];
    public IReadOnlyList<FlowInput> Inputs { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FlowTrigger? Trigger { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Start { get; init; }

    public IReadOnlyList<FlowNode> Nodes { get; init; } = [];
    public IReadOnlyList<FlowEdge> Edges { get; init; } = [];

    /// <summary>Free-form data the designer keeps with the flow (viewport, colours).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Metadata { get; init; }

    /// <summary>The node the flow starts at: <see cref="Start"/>, else the first node. Not part of the file.</summary>
    [JsonIgnore]
    public string? StartNodeId => Start ?? (Nodes.Count > 0 ? Nodes[0].Id : null);
}
