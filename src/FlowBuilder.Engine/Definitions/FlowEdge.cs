using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

/// <summary>Connects one outcome of a node to the next node.</summary>
public sealed record FlowEdge
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    public string From { get; init; } = "";
    public string Outcome { get; init; } = "done";
    public string To { get; init; } = "";
}
