using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

/// <summary>A value the flow expects from whoever starts it (API caller, webhook, campaign).</summary>
public sealed record FlowInput
{
    public string Name { get; init; } = "";
    public ValueType Type { get; init; } = ValueType.Any;
    public bool Required { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Default { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }
}
