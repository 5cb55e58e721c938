using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>Steps the campaign API tests share: a flow, a group of contacts, extensions, a campaign body.</summary>
internal static class CampaignSteps
{
    public static async Task<string> FlowAsync(HttpClient client)
    {
        var id = TestFlows.NewId("campaign-flow");
        await client.CreateAsync(TestFlows.Greeter(id));
        return id;
    }

    /// <summary>A group with contacts named "Contact 0"…, phones +1555&lt;n&gt;0000…; returns its id and the contact ids in order.</summary>
    public static (string GroupId, IReadOnlyList<string> ContactIds) Group(CampaignsApiFactory factory, int contacts, string? timeZone = null)
    {
        var id = TestFlows.NewId("group");
        var salt = Random.Shared.Next(100, 999);
        var list = Enumerable.Range(0, contacts)
            .Select(i => new Contact($"{id}-k{i}", "default", id, $"+1{salt}555{i:0000}", $"Contact {i}", null, null, new Dictionary<string, object?>()))
            .ToArray();
        factory.Contacts.Add(new SubscriberGroup(id, "default", $"Group {id}", [], DefaultTimeZone: timeZone), list);
        return (id, list.Select(c => c.Id).ToList());
    }

    public static async Task ExtensionAsync(HttpClient client, string number, string password = "s3cret-pass") =>
        (await client.PutJsonAsync($"/api/extensions/{number}", new JsonObject { ["password"] = password })).StatusCode.ShouldBe(HttpStatusCode.Created);

    public static JsonObject Body(string flowId, string groupId, string name = "December reminders") => new()
    {
        ["name"] = name,
        ["flowId"] = flowId,
        ["groupIds"] = new JsonArray(groupId),
        ["mode"] = "autoInformer",
        ["maxConcurrentCalls"] = 5,
    };

    public static async Task<JsonNode> CreateAsync(HttpClient client, JsonObject body) =>
        await (await client.PostJsonAsync("/api/campaigns", body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    /// <summary>A draft campaign on a new flow and a new group of <paramref name="contacts"/>; returns its id and the group's contact ids.</summary>
    public static async Task<(string Id, IReadOnlyList<string> ContactIds)> DraftAsync(CampaignsApiFactory factory, HttpClient client, int contacts = 3, Action<JsonObject>? change = null)
    {
        var flow = await FlowAsync(client);
        var (group, contactIds) = Group(factory, contacts);
        var body = Body(flow, group);
        change?.Invoke(body);
        return ((await CreateAsync(client, body)).Text("id"), contactIds);
    }

    public static async Task<JsonNode> CommandAsync(HttpClient client, string id, string command, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PostAsync($"/api/campaigns/{id}/{command}", null)).ShouldBeJsonAsync(status);
}

internal static class CampaignHttpExtensions
{
    public static async Task<JsonArray> GetFromJsonArrayAsync(this HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
}
