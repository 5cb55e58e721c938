using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;
using static FlowBuilder.Server.Tests.Campaigns.CampaignSteps;

namespace FlowBuilder.Server.Tests.Campaigns;

public sealed class CampaignLifecycleApiTests(CampaignsApiFactory factory) : IClassFixture<CampaignsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StartPauseResumeStopArchive_MoveThroughTheStatuses_WithCounts()
    {
        var (id, _) = await DraftAsync(factory, _client, contacts: 4);

        var started = await CommandAsync(_client, id, "start");
        (started.Text("status"), started.Number("flowVersion"), started["counts"]!.Number("contacts")).ShouldBe(("active", 1, 4));
        (await CommandAsync(_client, id, "pause")).Text("status").ShouldBe("paused");
        (await CommandAsync(_client, id, "resume")).Text("status").ShouldBe("active");
        var stopped = await CommandAsync(_client, id, "stop");
        (await CommandAsync(_client, id, "archive")).Text("status").ShouldBe("archived");

        stopped.Text("status").ShouldBe("completed");
        var skipped = await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/contacts?state=skipped");
        skipped.Count.ShouldBe(4);
        skipped.ShouldAllBe(c => c!.Text("reason") == "campaign-stopped");
    }

    [Fact]
    public async Task WrongStatus_409_UnknownCampaign_404_AndARefusedStart_422()
    {
        var (id, _) = await DraftAsync(factory, _client);

        var pause = await (await _client.PostAsync($"/api/campaigns/{id}/pause", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        pause.Text("detail").ShouldContain(id);
        await (await _client.PostAsync($"/api/campaigns/{id}/resume", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync("/api/campaigns/nope/start", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        factory.Control.RefuseStart[id] = "Flow 'x' has no published version. Publish it, then start the campaign.";
        var refused = await (await _client.PostAsync($"/api/campaigns/{id}/start", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused["errors"]!["campaign"]![0]!.GetValue<string>().ShouldContain("Publish it");
        factory.Control.RefuseStart.TryRemove(id, out _);

        await CommandAsync(_client, id, "start");
        await (await _client.PostAsync($"/api/campaigns/{id}/start", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync($"/api/campaigns/{id}/archive", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await _client.GetFromJsonArrayAsync($"/api/campaigns/{id}/contacts")).Count.ShouldBe(3);
    }
}
