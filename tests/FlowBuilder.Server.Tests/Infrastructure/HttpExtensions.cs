using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Tests.Infrastructure;

internal static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode? body) =>
        client.PostAsync(url, Json(body?.ToJsonString() ?? ""));

    public static Task<HttpResponseMessage> PostTextAsync(this HttpClient client, string url, string body) =>
        client.PostAsync(url, Json(body));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, JsonNode body, long? ifMatch = null) =>
        client.PutTextAsync(url, body.ToJsonString(), ifMatch);

    public static Task<HttpResponseMessage> PutTextAsync(this HttpClient client, string url, string body, long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(body) };
        if (ifMatch is { } revision) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{revision}\""));
        return client.SendAsync(request);
    }

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonNode> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts an RFC 7807 answer with this status and returns it.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        problem["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    public static string Text(this JsonNode? node, string property) => node![property]!.GetValue<string>();

    public static long Number(this JsonNode? node, string property) => node![property]!.GetValue<long>();

    /// <summary>The field keys of a 422 problem's <c>errors</c>, in ordinal order.</summary>
    public static string[] ErrorKeys(this JsonNode problem) => problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
