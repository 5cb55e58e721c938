using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

public sealed record FlowVariable
{
    public string Name { get; init; } = "";
    public ValueType Type { get; init; } = ValueType.Any;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Default { get; init; }
}
