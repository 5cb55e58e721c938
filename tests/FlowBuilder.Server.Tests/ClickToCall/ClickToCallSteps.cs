using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>Steps the click-to-call API tests share: a published flow, a tariff as the company's, a campaign, public posts.</summary>
internal static class ClickToCallSteps
{
    public static async Task<string> PublishedFlowAsync(HttpClient client)
    {
        var id = TestFlows.NewId("c2c-flow");
        await client.CreateAndPublishAsync(TestFlows.Greeter(id));
        return id;
    }

    /// <summary>A tariff with Germany (49) and the US (1), made the company's tariff; returns its id.</summary>
    public static async Task<string> CompanyTariffAsync(HttpClient client)
    {
        var tariff = await (await client.PostJsonAsync("/api/tariffs", JsonNode.Parse("""
            { "name": "Standard", "currency": "EUR", "rates": [
              { "prefix": "49", "destination": "Germany", "pricePerMinute": 0.02 },
              { "prefix": "1", "destination": "United States", "pricePerMinute": 0.01 } ] }
            """))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = tariff.Text("id");
        (await client.PutJsonAsync("/api/company", new JsonObject { ["name"] = "Acme", ["tariffId"] = id, ["email"] = "office@acme.example" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    public static JsonObject Body(string flowId, string name = "Shop banner") => new()
    {
        ["name"] = name,
        ["flowId"] = flowId,
        ["operators"] = new JsonArray("+4930123456"),
        ["hours"] = new JsonObject { ["from"] = "00:00", ["to"] = "23:59", ["timeZone"] = "UTC" },
        ["price"] = 0.5,
        ["currency"] = "EUR",
        ["defaultCountry"] = "DE",
    };

    public static async Task<JsonNode> CreateAsync(HttpClient client, JsonObject body) =>
        await (await client.PostJsonAsync("/api/click-to-call/campaigns", body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    /// <summary>A new campaign on a new published flow; returns its view.</summary>
    public static async Task<JsonNode> CampaignAsync(HttpClient client, Action<JsonObject>? change = null)
    {
        var body = Body(await PublishedFlowAsync(client));
        change?.Invoke(body);
        return await CreateAsync(client, body);
    }

    /// <summary>POSTs a banner's request as JSON from <paramref name="peer"/>, with an Origin when given.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string key, string phone, bool consent = true, string peer = "203.0.113.10",
        string? origin = null, string? userAgent = "Mozilla/5.0 (Test)")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/click-to-call/{key}/requests")
        {
            Content = new StringContent(new JsonObject { ["phone"] = phone, ["consent"] = consent, ["pageUrl"] = "https://shop.example.com/help" }.ToJsonString(),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ClickToCallApiFactory.PeerHeader, peer);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (userAgent is not null) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return client.SendAsync(request);
    }

    /// <summary>A German mobile number no other test uses (the rate limits count per number).</summary>
    public static string NewPhone() => $"+49151{Random.Shared.Next(10_000_000, 99_999_999)}";

    /// <summary>A documentation address no other test uses (the rate limits count per address).</summary>
    public static string NewPeer() => $"198.51.{Interlocked.Increment(ref _peers) / 250 % 250}.{_peers % 250 + 1}";

    private static int _peers;
}
