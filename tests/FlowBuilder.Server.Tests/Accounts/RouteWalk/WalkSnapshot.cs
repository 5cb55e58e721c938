using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>
/// What company A looks like through its GET endpoints: each answer's status and body, volatile members (last use, sign-in
/// times, clocks, live counters) removed, binary bodies reduced to their length.
/// </summary>
internal static class WalkSnapshot
{
    private static readonly HashSet<string> Volatile = new(StringComparer.OrdinalIgnoreCase)
    {
        "lastUsedAt", "lastSignInAt", "updatedAt", "now", "generatedAt", "serverTime", "uptime", "checkedAt", "traceId",
    };

    public static async Task<SortedDictionary<string, string>> TakeAsync(HttpClient client, IEnumerable<WalkEndpoint> endpoints, IReadOnlyDictionary<string, string> ids)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints.Where(e => e.IsRead && WalkSamples.ByKey.ContainsKey(e.Key)))
        {
            var url = WalkSamples.ByKey[endpoint.Key].Resolve(ids);
            using var response = await client.GetAsync(url);
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var body = type.Contains("json", StringComparison.Ordinal)
                ? Normalize(await response.Content.ReadAsStringAsync())
                : type.StartsWith("text/", StringComparison.Ordinal) ? await response.Content.ReadAsStringAsync() : $"{type} {(await response.Content.ReadAsByteArrayAsync()).Length} bytes";
            snapshot[url] = $"{(int)response.StatusCode} {body}";
        }

        return snapshot;
    }

    private static string Normalize(string json)
    {
        try
        {
            var node = JsonNode.Parse(json);
            Strip(node);
            return node?.ToJsonString() ?? "null";
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).Where(Volatile.Contains).ToList()) obj.Remove(name);
                foreach (var property in obj) Strip(property.Value);
                break;
            case JsonArray array:
                foreach (var item in array) Strip(item);
                break;
        }
    }
}
