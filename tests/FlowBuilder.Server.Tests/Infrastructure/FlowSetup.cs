using System.Net;
using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>Steps many tests share: create a flow, publish it, run it.</summary>
internal static class FlowSetup
{
    public static async Task<JsonNode> CreateAsync(this HttpClient client, JsonObject flow) =>
        await (await client.PostJsonAsync("/api/flows", flow)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonNode> CreateAndPublishAsync(this HttpClient client, JsonObject flow, string note = "first")
    {
        await client.CreateAsync(flow);
        var id = flow.Text("id");
        return await (await client.PostJsonAsync($"/api/flows/{id}/publish", new JsonObject { ["note"] = note })).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonNode> RunAsync(this HttpClient client, string flowId, JsonObject? body = null) =>
        await (await client.PostJsonAsync($"/api/flows/{flowId}/run", body ?? new JsonObject())).ShouldBeJsonAsync(HttpStatusCode.Created);
}
