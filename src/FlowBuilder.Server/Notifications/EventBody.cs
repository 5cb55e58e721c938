using System.Text.Json;
using System.Text.Json.Serialization;
using FlowBuilder.Engine.Events;

namespace FlowBuilder.Server.Notifications;

/// <summary>The JSON body subscribers receive: <c>{ id, type, occurredAt, companyId, data }</c>.</summary>
internal static class EventBody
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Write(PlatformEvent platformEvent) => JsonSerializer.Serialize(
        new Dictionary<string, object?>
        {
            ["id"] = platformEvent.Id,
            ["type"] = platformEvent.Type,
            ["occurredAt"] = platformEvent.OccurredAt.ToUniversalTime(),
            ["companyId"] = platformEvent.CompanyId,
            ["data"] = platformEvent.Data,
        },
        Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
