using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowBuilder.Server.Hosting;

/// <summary>The API's JSON conventions, matching flow files: camelCase, enums as camelCase strings,
/// comments and trailing commas tolerated on input.</summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ReadCommentHandling = JsonCommentHandling.Skip;
        options.AllowTrailingCommas = true;
    }
}
