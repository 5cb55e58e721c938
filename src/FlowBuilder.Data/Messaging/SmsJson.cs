using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Data.Messaging;

/// <summary>How a message's parts and status history are stored in JSON text columns.</summary>
internal static class SmsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"The stored JSON '{json}' is null where a {typeof(T).Name} was expected.");
}
