using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Data.Context;

/// <summary>How list- and object-valued fields (group members, queue agents, forwarding schedules, SMS parts and status
/// history) are stored in JSON text columns.</summary>
internal static class ColumnJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"The stored JSON '{json}' is null where a {typeof(T).Name} was expected.");
}
