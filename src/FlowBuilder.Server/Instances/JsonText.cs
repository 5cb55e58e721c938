using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Instances;

/// <summary>Stored JSON text shown as JSON values; text that is not JSON (a truncated journal summary) stays a string.</summary>
internal static class JsonText
{
    public static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
