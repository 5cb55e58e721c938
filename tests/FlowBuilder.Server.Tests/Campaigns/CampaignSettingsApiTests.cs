using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;
using static FlowBuilder.Server.Tests.Campaigns.CampaignSteps;

namespace FlowBuilder.Server.Tests.Campaigns;

public sealed class CampaignSettingsApiTests(CampaignsApiFactory factory) : IClassFixture<CampaignsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Create_EverySetting_201DraftWithSlugId_AndReadsBackTheSame()
    {
        var flow = await FlowAsync(_client);
        var (group, _) = Group(factory, 2);
        await ExtensionAsync(_client, "301");
        var body = JsonNode.Parse($$"""
            {
              "name": "Winter Promo 2026!", "description": "Loyal customers", "flowId": "{{flow}}", "groupIds": ["{{group}}"], "mode": "progressive",
              "schedule": { "startAt": "2026-12-07T08:00:00Z", "endAt": "2026-12-20T18:00:00Z", "from": "08:30", "to": "20:00", "days": ["monday", "Fri"], "timeZone": "Europe/London" },
              "maxConcurrentCalls": 20, "callerId": "+15550001111", "trunk": "main", "channel": "sip", "ringSeconds": 25,
              "retry": { "busy": { "maxAttempts": 4, "pauseSeconds": 600 }, "noAnswer": { "maxAttempts": 2, "pauseSeconds": 1800 } },
              "operators": ["301"], "abandonLimit": 0.05, "conversionResults": ["sale"], "dispositionCodes": ["interested", "call-back"], "wrapUpSeconds": 45
            }
            """)!.AsObject();

        var response = await _client.PostJsonAsync("/api/campaigns", body);
        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);

        var id = created.Text("id");
        id.ShouldMatch("^winter-promo-2026-[0-9a-f]{6}$");
        response.Headers.Location!.ToString().ShouldBe($"/api/campaigns/{id}");
        var read = await (await _client.GetAsync($"/api/campaigns/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        foreach (var view in new[] { created, read })
        {
            (view.Text("name"), view.Text("description"), view.Text("flowId"), view.Text("mode"), view.Text("status")).ShouldBe(("Winter Promo 2026!", "Loyal customers", flow, "progressive", "draft"));
            view["flowVersion"].ShouldBeNull();
            var schedule = view["schedule"]!;
            (schedule.Text("from"), schedule.Text("to"), schedule.Text("timeZone")).ShouldBe(("08:30", "20:00", "Europe/London"));
            schedule["days"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["monday", "friday"]);
            DateTimeOffset.Parse(schedule.Text("startAt")).ShouldBe(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
            (view.Number("maxConcurrentCalls"), view.Number("ringSeconds"), view.Number("wrapUpSeconds")).ShouldBe((20, 25, 45));
            (view.Text("callerId"), view.Text("trunk"), view.Text("channel")).ShouldBe(("+15550001111", "main", "sip"));
            (view["retry"]!["busy"]!.Number("maxAttempts"), view["retry"]!["busy"]!["pauseSeconds"]!.GetValue<double>()).ShouldBe((4, 600));
            (view["retry"]!["failed"]!.Number("maxAttempts"), view["retry"]!["failed"]!["pauseSeconds"]!.GetValue<double>()).ShouldBe((2, 300)); // default kept
            view["operators"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["301"]);
            view["abandonLimit"]!.GetValue<double>().ShouldBe(0.05);
            view["dispositionCodes"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["interested", "call-back"]);
            view["counts"]!.ToJsonString().ShouldBe("""{"contacts":0,"done":0,"attempts":0,"answered":0,"inProgress":0}""");
        }
    }

    [Fact]
    public async Task Create_OnlyRequiredFields_TakesTheDefaults()
    {
        var (id, _) = await DraftAsync(factory, _client);

        var view = await (await _client.GetAsync($"/api/campaigns/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (view["schedule"]!.Text("from"), view["schedule"]!.Text("to"), view["schedule"]!.Text("timeZone")).ShouldBe(("09:00", "21:00", "UTC"));
        view["schedule"]!["days"]!.AsArray().Count.ShouldBe(7);
        (view.Number("ringSeconds"), view.Number("wrapUpSeconds"), view["abandonLimit"]!.GetValue<double>()).ShouldBe((30, 30, 0.03));
        view["retry"]!["noAnswer"]!.Number("maxAttempts").ShouldBe(3);
        view["conversionResults"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["converted"]);
    }

    [Fact]
    public async Task Create_BadFields_422NamingEveryField()
    {
        var (group, _) = Group(factory, 1);
        var body = JsonNode.Parse($$"""
            {
              "name": "Bad", "flowId": "no-such-flow", "groupIds": ["{{group}}", "no-such-group"], "mode": "robocall",
              "schedule": { "from": "9am", "to": "21:00", "days": ["monday", "someday"], "timeZone": "Mars/Olympus" },
              "maxConcurrentCalls": 21, "retry": { "busy": { "maxAttempts": 0, "pauseSeconds": -1 } },
              "operators": ["999"], "abandonLimit": 0.2, "dispositionCodes": ["Call Back"], "callerId": "call me"
            }
            """)!.AsObject();

        var problem = await (await _client.PostJsonAsync("/api/campaigns", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe(["abandonLimit", "callerId", "dispositionCodes[0]", "flowId", "groupIds[1]", "maxConcurrentCalls", "mode", "operators[0]",
            "retry.busy.maxAttempts", "retry.busy.pauseSeconds", "schedule.days[1]", "schedule.from", "schedule.timeZone"]);
        problem["errors"]!["maxConcurrentCalls"]![0]!.GetValue<string>().ShouldContain("between 1 and 20");
        problem["errors"]!["groupIds[1]"]![0]!.GetValue<string>().ShouldContain("no-such-group");
        (await _client.GetFromJsonArrayAsync("/api/campaigns?status=draft")).ShouldNotContain(c => c!.Text("name") == "Bad");
    }

    [Fact]
    public async Task Create_EmptyObject_422ForEachRequiredField_AndNoBodyIs400()
    {
        var problem = await (await _client.PostJsonAsync("/api/campaigns", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe(["flowId", "groupIds", "maxConcurrentCalls", "mode", "name"]);
        (await _client.PostJsonAsync("/api/campaigns", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var schedule = await (await _client.PostJsonAsync("/api/campaigns", new JsonObject { ["schedule"] = new JsonObject { ["from"] = "21:00", ["to"] = "09:00", ["days"] = new JsonArray() } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        schedule.ErrorKeys().ShouldContain("schedule.to");
        schedule.ErrorKeys().ShouldContain("schedule.days");
    }

    [Fact]
    public async Task UnknownCampaign_404_OnGetPutDeleteAndSubresources()
    {
        (await _client.GetAsync("/api/campaigns/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.PutJsonAsync("/api/campaigns/nope", new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.DeleteAsync("/api/campaigns/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var path in new[] { "statistics", "timeline", "contacts", "attempts", "results.csv", "operators", "contacts/k1/attempts" })
        {
            var problem = await (await _client.GetAsync($"/api/campaigns/nope/{path}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            problem.Text("campaignId").ShouldBe("nope");
        }
    }

    [Fact]
    public async Task Put_Draft_ReplacesSettings_ButNotWhileActive_AndPausedKeepsItsGroups()
    {
        var (id, _) = await DraftAsync(factory, _client);
        var flow = (await (await _client.GetAsync($"/api/campaigns/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("flowId");
        var (group, _) = Group(factory, 1);
        var body = Body(flow, group, "Renamed");
        body["maxConcurrentCalls"] = 7;

        var replaced = await (await _client.PutJsonAsync($"/api/campaigns/{id}", body)).ShouldBeJsonAsync(HttpStatusCode.OK);

        (replaced.Text("id"), replaced.Text("name"), replaced.Number("maxConcurrentCalls"), replaced.Text("status")).ShouldBe((id, "Renamed", 7, "draft"));
        await CommandAsync(_client, id, "start");
        var active = await (await _client.PutJsonAsync($"/api/campaigns/{id}", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        active.Text("detail").ShouldContain("active");

        await CommandAsync(_client, id, "pause");
        body["maxConcurrentCalls"] = 3;
        (await (await _client.PutJsonAsync($"/api/campaigns/{id}", body)).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("maxConcurrentCalls").ShouldBe(3);
        body["groupIds"] = new JsonArray(Group(factory, 1).GroupId);
        (await (await _client.PutJsonAsync($"/api/campaigns/{id}", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorKeys().ShouldBe(["groupIds"]);
    }

    [Fact]
    public async Task Delete_Draft_204AndGone_ButActive409()
    {
        var (draft, _) = await DraftAsync(factory, _client);
        var (active, _) = await DraftAsync(factory, _client);
        await CommandAsync(_client, active, "start");

        (await _client.DeleteAsync($"/api/campaigns/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.GetAsync($"/api/campaigns/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync($"/api/campaigns/{active}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await _client.GetAsync($"/api/campaigns/{active}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task List_HidesArchived_UnlessAskedFor_AndFiltersByStatus()
    {
        var (kept, _) = await DraftAsync(factory, _client);
        var (archived, _) = await DraftAsync(factory, _client);
        (await CommandAsync(_client, archived, "archive")).Text("status").ShouldBe("archived");

        var all = await _client.GetFromJsonArrayAsync("/api/campaigns");
        var onlyArchived = await _client.GetFromJsonArrayAsync("/api/campaigns?status=archived");

        all.Select(c => c!.Text("id")).ShouldContain(kept);
        all.Select(c => c!.Text("id")).ShouldNotContain(archived);
        onlyArchived.Select(c => c!.Text("id")).ShouldContain(archived);
        onlyArchived.ShouldAllBe(c => c!.Text("status") == "archived");
        (await _client.GetFromJsonArrayAsync("/api/campaigns?status=Draft")).ShouldAllBe(c => c!.Text("status") == "draft");
        (await _client.GetAsync("/api/campaigns?status=sleeping")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
