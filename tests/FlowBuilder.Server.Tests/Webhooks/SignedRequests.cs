using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>Steps of the webhook tests: signed posts, secrets, counting a flow's instances.</summary>
internal static class SignedRequests
{
    public static Task<HttpResponseMessage> PostSignedAsync(
        this HttpClient client, string url, string body, string? signature, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static string Sign(string secret, DateTimeOffset at, string body) => WebhookSignature.Create(secret, at, Encoding.UTF8.GetBytes(body));

    public static async Task<string> CreateSecretAsync(this HttpClient client, string flowId, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var created = await (await client.PostAsync($"/api/flows/{flowId}/webhook-secret", null)).ShouldBeJsonAsync(expected);
        return created.Text("secret");
    }

    public static async Task<long> InstanceCountAsync(this HttpClient client, string flowId) =>
        (await (await client.GetAsync($"/api/instances?flowId={flowId}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("total");

    public static JsonObject Event(string name) => new() { ["event"] = name };
}
