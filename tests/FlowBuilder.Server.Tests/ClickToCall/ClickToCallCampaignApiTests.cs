using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;
using static FlowBuilder.Server.Tests.ClickToCall.ClickToCallSteps;

namespace FlowBuilder.Server.Tests.ClickToCall;

public sealed class ClickToCallCampaignApiTests(ClickToCallApiFactory factory) : IClassFixture<ClickToCallApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Create_EverySetting_201ActiveWithKey_AndReadsBackTheSame()
    {
        var flow = await PublishedFlowAsync(_client);
        var body = JsonNode.Parse($$"""
            {
              "name": "Shop banner", "description": "Help page", "flowId": "{{flow}}", "firstLeg": "company", "operators": ["+4930123456", "+4930123457"],
              "clientMessage": { "text": "Please hold.", "voice": "en-GB" }, "companyMessage": { "text": "", "audioFile": "visitor.wav" },
              "clientRetry": { "maxAttempts": 4, "pauseSeconds": 120 }, "reminderMinutes": 15,
              "hours": { "from": "09:00", "to": "18:00", "days": ["monday", "Fri"], "timeZone": "Europe/Berlin" },
              "price": 0.75, "currency": "eur", "clientCallerId": "+4930999", "ringSeconds": 25, "defaultCountry": "de",
              "allowedOrigins": ["https://Shop.Example.com/", "http://localhost:5173"], "consentText": "Call me, please.",
              "reminderEmail": "sales@acme.example", "widgetTitle": "Call me",
              "commentTypes": [ { "name": "sale", "label": "Sale", "fields": [ { "name": "amount", "label": "Amount", "type": "number", "required": true } ] },
                                { "name": "topic", "label": "Topic", "fields": [ { "name": "about", "type": "choice", "options": ["billing", "other"] } ] } ]
            }
            """)!.AsObject();

        var response = await _client.PostJsonAsync("/api/click-to-call/campaigns", body);
        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);

        var id = created.Text("id");
        response.Headers.Location!.ToString().ShouldBe($"/api/click-to-call/campaigns/{id}");
        created.Text("key").ShouldMatch("^[A-Za-z0-9_-]{24}$");
        var read = await (await _client.GetAsync($"/api/click-to-call/campaigns/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        foreach (var view in new[] { created, read })
        {
            (view.Text("name"), view.Text("status"), view.Text("firstLeg"), view.Text("currency"), view.Text("defaultCountry")).ShouldBe(("Shop banner", "active", "company", "EUR", "DE"));
            view["price"]!.GetValue<decimal>().ShouldBe(0.75m);
            (view.Number("reminderMinutes"), view.Number("ringSeconds")).ShouldBe((15, 25));
            (view["clientRetry"]!.Number("maxAttempts"), view["clientRetry"]!["pauseSeconds"]!.GetValue<double>()).ShouldBe((4, 120));
            (view["hours"]!.Text("from"), view["hours"]!.Text("to"), view["hours"]!.Text("timeZone")).ShouldBe(("09:00", "18:00", "Europe/Berlin"));
            view["hours"]!["days"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["monday", "friday"]);
            view["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["https://shop.example.com", "http://localhost:5173"]);
            view["companyMessage"]!.Text("audioFile").ShouldBe("visitor.wav");
            view["commentTypes"]![0]!["fields"]![0]!.Text("type").ShouldBe("number");
            view["commentTypes"]![1]!["fields"]![0]!["options"]!.AsArray().Count.ShouldBe(2);
            view["counts"]!.ToJsonString().ShouldBe("""{"waiting":0,"calling":0,"completed":0,"failed":0}""");
        }
        read.Text("key").ShouldBe(created.Text("key"));
    }

    [Fact]
    public async Task Create_BadFields_422NamingEveryField()
    {
        var unpublished = TestFlows.NewId("c2c-draft");
        await _client.CreateAsync(TestFlows.Greeter(unpublished));
        var body = JsonNode.Parse($$"""
            {
              "name": "Bad", "flowId": "{{unpublished}}", "firstLeg": "both", "operators": ["ext:999", "+4930123456"],
              "clientRetry": { "maxAttempts": 0, "pauseSeconds": -5 }, "reminderMinutes": 0,
              "hours": { "from": "9am", "to": "18:00", "days": ["monday", "someday"], "timeZone": "Mars/Olympus" },
              "price": -1, "currency": "EURO", "defaultCountry": "XX", "allowedOrigins": ["shop.example.com", "https://shop.example.com/help"],
              "reminderEmail": "not-an-address", "clientCallerId": "call me",
              "commentTypes": [ { "name": "Sale!", "label": "Sale", "fields": [ { "name": "amount", "type": "money" }, { "name": "topic", "type": "choice" } ] } ]
            }
            """)!.AsObject();

        var problem = await (await _client.PostJsonAsync("/api/click-to-call/campaigns", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe([
            "allowedOrigins[0]", "allowedOrigins[1]", "clientCallerId", "clientRetry.maxAttempts", "clientRetry.pauseSeconds",
            "commentTypes[0].fields[0].type", "commentTypes[0].fields[1].options", "commentTypes[0].name", "currency", "defaultCountry", "firstLeg",
            "flowId", "hours.days[1]", "hours.from", "hours.timeZone", "operators[0]", "price", "reminderEmail", "reminderMinutes",
        ]);
        problem["errors"]!["flowId"]![0]!.GetValue<string>().ShouldContain("not published");
        problem["errors"]!["operators[0]"]![0]!.GetValue<string>().ShouldContain("Extension 999");
    }

    [Fact]
    public async Task Create_NoOperatorsAndNoFlow_422_TheDefaultFlowIsNamed()
    {
        var problem = await (await _client.PostJsonAsync("/api/click-to-call/campaigns", new JsonObject { ["name"] = "Empty", ["currency"] = "EUR" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe(["flowId", "operators"]);
        problem["errors"]!["flowId"]![0]!.GetValue<string>().ShouldContain("'click-to-call'");
    }

    [Fact]
    public async Task Update_ChangesSettings_KeepsKeyAndStatus()
    {
        var campaign = await CampaignAsync(_client);
        var id = campaign.Text("id");
        var body = Body(campaign.Text("flowId"), "Renamed");
        body["price"] = 1.25;

        var updated = await (await _client.PutJsonAsync($"/api/click-to-call/campaigns/{id}", body)).ShouldBeJsonAsync(HttpStatusCode.OK);

        (updated.Text("name"), updated.Text("key"), updated.Text("status")).ShouldBe(("Renamed", campaign.Text("key"), "active"));
        updated["price"]!.GetValue<decimal>().ShouldBe(1.25m);
        (await _client.PutJsonAsync("/api/click-to-call/campaigns/no-such", body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PauseResumeAndRotateKey_ChangeWhatBannersGet()
    {
        await CompanyTariffAsync(_client);
        var campaign = await CampaignAsync(_client);
        var (id, key) = (campaign.Text("id"), campaign.Text("key"));

        (await (await _client.PostAsync($"/api/click-to-call/campaigns/{id}/pause", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status").ShouldBe("paused");
        var paused = await (await SubmitAsync(_client, key, NewPhone(), peer: NewPeer())).ShouldBeJsonAsync(HttpStatusCode.Conflict);
        paused.Text("code").ShouldBe("campaign_paused");

        (await (await _client.PostAsync($"/api/click-to-call/campaigns/{id}/resume", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status").ShouldBe("active");
        var rotated = await (await _client.PostAsync($"/api/click-to-call/campaigns/{id}/rotate-key", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var newKey = rotated.Text("key");
        newKey.ShouldNotBe(key);
        (await (await _client.GetAsync($"/api/public/click-to-call/{key}")).ShouldBeJsonAsync(HttpStatusCode.NotFound)).Text("code").ShouldBe("unknown_campaign");
        (await (await _client.GetAsync($"/api/public/click-to-call/{newKey}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("title").ShouldBe("Call me back");
        (await SubmitAsync(_client, newKey, NewPhone(), peer: NewPeer())).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Embed_GivesTheScriptTagWithTheKey()
    {
        var campaign = await CampaignAsync(_client);

        var embed = await (await _client.GetAsync($"/api/click-to-call/campaigns/{campaign.Text("id")}/embed")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var key = campaign.Text("key");
        embed.Text("key").ShouldBe(key);
        embed.Text("script").ShouldBe($"<script src=\"http://localhost/widget/click-to-call.js\" data-campaign=\"{key}\" async></script>");
        embed.Text("endpoint").ShouldBe($"http://localhost/api/public/click-to-call/{key}");
    }

    [Fact]
    public async Task Delete_Archives_HiddenFromTheListAndTheKeyStops_WaitingRequestsCancelled()
    {
        await CompanyTariffAsync(_client);
        var campaign = await CampaignAsync(_client);
        var (id, key) = (campaign.Text("id"), campaign.Text("key"));
        var waiting = await (await SubmitAsync(_client, key, NewPhone(), peer: NewPeer())).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        (await (await _client.GetAsync($"/api/click-to-call/campaigns/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK))["counts"]!.Number("waiting").ShouldBe(1);

        (await _client.DeleteAsync($"/api/click-to-call/campaigns/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetFromJsonArray("/api/click-to-call/campaigns")).Select(c => c!.Text("id")).ShouldNotContain(id);
        var all = await _client.GetFromJsonArray("/api/click-to-call/campaigns?includeArchived=true");
        all.Single(c => c!.Text("id") == id)!.Text("status").ShouldBe("archived");
        (await _client.GetAsync($"/api/public/click-to-call/{key}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.PostAsync($"/api/click-to-call/campaigns/{id}/resume", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await _client.GetAsync($"/api/click-to-call/requests/{waiting.Text("id")}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status").ShouldBe("cancelled");
    }
}

internal static class ClickToCallHttpExtensions
{
    public static async Task<JsonArray> GetFromJsonArray(this HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();
}
