using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Server.Tests.Campaigns.CampaignSteps;

namespace FlowBuilder.Server.Tests.Campaigns;

public sealed class CampaignStatisticsApiTests(CampaignsApiFactory factory) : IClassFixture<CampaignsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();
    private ICampaignStore Store => factory.Services.GetRequiredService<ICampaignStore>();

    /// <summary>Starts a campaign of four contacts and plays: k0 answered (40 s, converted, operator form), k1 busy (retry),
    /// k2 answered (20 s), k3 untouched. Attempts end 10, 9 and 8 minutes before now.</summary>
    private async Task<(string Id, IReadOnlyList<string> Contacts)> PlayedAsync()
    {
        var (id, contacts) = await DraftAsync(factory, _client, contacts: 4);
        await CommandAsync(_client, id, "start");
        var now = factory.Clock.GetUtcNow();
        await Store.ClaimDueAsync(id, now, 3, "n1", now.AddMinutes(1), CancellationToken.None);
        async Task PlayAsync(string contactId, AttemptDisposition disposition, int endedMinutesAgo, double talk = 0, bool converted = false, string? result = null)
        {
            var attempt = (await Store.BeginAttemptAsync(new CampaignAttempt($"{contactId}-a", id, contactId, 0, "+1", now.AddMinutes(-11)) { Node = "n1" }, CancellationToken.None))!;
            var ended = attempt with { Disposition = disposition, EndedAt = now.AddMinutes(-endedMinutesAgo), TalkSeconds = talk, Converted = converted, Result = result };
            (await Store.FinishAttemptAsync(new AttemptOutcome(ended, disposition == AttemptDisposition.Busy ? now.AddMinutes(30) : null), CancellationToken.None)).ShouldBeTrue();
        }
        await PlayAsync(contacts[0], AttemptDisposition.Answered, 10, talk: 40, converted: true, result: """{"choice":"yes, please"}""");
        await PlayAsync(contacts[1], AttemptDisposition.Busy, 9);
        await PlayAsync(contacts[2], AttemptDisposition.Answered, 8, talk: 20);
        await Store.SetOperatorDispositionAsync(id, $"{contacts[0]}-a", "interested", "wants a call, \"soon\"", CancellationToken.None);
        return (id, contacts);
    }

    [Fact]
    public async Task Statistics_CountsRatesAndLive_InTheDocumentedShape()
    {
        var (id, _) = await PlayedAsync();

        var statistics = await (await _client.GetAsync($"/api/campaigns/{id}/statistics")).ShouldBeJsonAsync(HttpStatusCode.OK);

        statistics.AsObject().Select(p => p.Key).ShouldBe(["counts", "successRate", "abandonmentRate", "averageTalkSeconds", "conversionRate", "reachability", "k1", "k2", "k3", "k4", "live"]);
        var counts = statistics["counts"]!;
        (counts.Number("contacts"), counts.Number("waiting"), counts.Number("done"), counts.Number("dialledContacts"), counts.Number("reachedContacts"))
            .ShouldBe((4, 2, 2, 3, 2));
        (counts.Number("attempts"), counts.Number("answered"), counts.Number("busy"), counts.Number("convertedContacts")).ShouldBe((3, 2, 1, 1));
        double Rate(string name) => statistics[name]!.GetValue<double>();
        (Rate("successRate"), Rate("averageTalkSeconds"), Rate("conversionRate"), Rate("reachability")).ShouldBe((2.0 / 3, 30, 0.5, 0.5));
        (Rate("k1"), Rate("k2"), Rate("k3"), Rate("k4")).ShouldBe((0.75, 2.0 / 3, 0.5, 0.25));
        statistics["live"].ShouldBeNull();

        factory.Control.LiveViews[id] = new CampaignLiveView(id, 2, 5, 1, 1, 1.5, 0.02, factory.Clock.GetUtcNow().AddMinutes(30));
        var live = (await (await _client.GetAsync($"/api/campaigns/{id}/statistics")).ShouldBeJsonAsync(HttpStatusCode.OK))["live"]!;
        (live.Number("callsInProgress"), live.Number("maxConcurrentCalls"), live["pacingRatio"]!.GetValue<double>()).ShouldBe((2, 5, 1.5));
    }

    [Fact]
    public async Task Timeline_BucketsOfTheLastMinutes_AndRejectsBadParameters()
    {
        var (id, _) = await PlayedAsync();

        var minutes = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/timeline?minutes=60&bucketSeconds=60");
        var recent = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/timeline?minutes=9&bucketSeconds=60");

        var now = factory.Clock.GetUtcNow();
        minutes.Select(p => DateTimeOffset.Parse(p!.Text("at"))).ShouldBe([now.AddMinutes(-10), now.AddMinutes(-9), now.AddMinutes(-8)]);
        minutes.Select(p => (p!.Number("attempts"), p.Number("answered"), p.Number("busy"), p.Number("converted"))).ShouldBe([(1, 1, 0, 1), (1, 0, 1, 0), (1, 1, 0, 0)]);
        recent.Sum(p => p!.Number("attempts")).ShouldBe(2);
        (await _client.GetAsync($"/api/campaigns/{id}/timeline?minutes=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _client.GetAsync($"/api/campaigns/{id}/timeline?minutes=60&bucketSeconds=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ContactsAndAttempts_ListWithFilters_AndOneContactsHistory()
    {
        var (id, contacts) = await PlayedAsync();

        var queue = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/contacts");
        var done = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/contacts?state=done");
        var answered = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/attempts?disposition=answered");
        var history = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/contacts/{contacts[0]}/attempts");

        queue.Select(c => c!.Text("contactId")).ShouldBe(contacts);
        var first = queue[0]!;
        (first.Text("name"), first.Text("state"), first.Number("attempts"), first.Text("lastDisposition"), first["converted"]!.GetValue<bool>()).ShouldBe(("Contact 0", "done", 1, "answered", true));
        first["result"]!["choice"]!.GetValue<string>().ShouldBe("yes, please");
        queue[1]!.Text("state").ShouldBe("waiting");
        done.Select(c => c!.Text("contactId")).ShouldBe([contacts[0], contacts[2]]);
        answered.Select(a => a!.Text("contactId")).ShouldBe([contacts[0], contacts[2]], ignoreOrder: true);
        var attempt = history.ShouldHaveSingleItem()!;
        (attempt.Text("id"), attempt.Number("number"), attempt.Text("disposition"), attempt.Text("operatorDisposition")).ShouldBe(($"{contacts[0]}-a", 1, "answered", "interested"));
        (await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/attempts?offset=1&limit=1")).Count.ShouldBe(1);
        (await _client.GetAsync($"/api/campaigns/{id}/contacts/nobody/attempts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync($"/api/campaigns/{id}/contacts?state=sleeping")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _client.GetAsync($"/api/campaigns/{id}/attempts?limit=501")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ResultsCsv_OneRowPerContact_WithTheOperatorsForm()
    {
        var (id, contacts) = await PlayedAsync();
        var queue = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/contacts");

        var response = await _client.GetAsync($"/api/campaigns/{id}/results.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string Phone(int i) => queue[i]!.Text("phone");
        lines.ShouldBe([
            "phone,name,state,attempts,lastDisposition,result,converted,operatorDisposition,notes",
            $"{Phone(0)},Contact 0,done,1,answered,\"{{\"\"choice\"\":\"\"yes, please\"\"}}\",true,interested,\"wants a call, \"\"soon\"\"\"",
            $"{Phone(1)},Contact 1,waiting,1,busy,,false,,",
            $"{Phone(2)},Contact 2,done,1,answered,,false,,",
            $"{Phone(3)},Contact 3,waiting,0,,,false,,",
        ]);
        contacts.Count.ShouldBe(4);
    }
}
