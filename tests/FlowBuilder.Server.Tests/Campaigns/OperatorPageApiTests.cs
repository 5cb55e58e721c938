using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Campaigns.OperatorPage;
using FlowBuilder.Server.Tests.Infrastructure;
using static FlowBuilder.Server.Tests.Campaigns.CampaignSteps;

namespace FlowBuilder.Server.Tests.Campaigns;

public sealed class OperatorPageApiTests(CampaignsApiFactory factory) : IClassFixture<CampaignsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>A progressive campaign with operator <paramref name="extension"/> (password s3cret-pass) and extension 9<paramref name="extension"/> who is not one.</summary>
    private async Task<string> CampaignWithOperatorAsync(string extension)
    {
        await ExtensionAsync(_client, extension);
        await ExtensionAsync(_client, "9" + extension);
        var (id, _) = await DraftAsync(factory, _client, change: body =>
        {
            body["mode"] = "progressive";
            body["operators"] = new JsonArray(extension);
        });
        return id;
    }

    private static JsonObject SignIn(string extension, string campaignId, string password = "s3cret-pass") =>
        new() { ["extension"] = extension, ["password"] = password, ["campaignId"] = campaignId };

    private HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<(HttpClient Client, string Token)> SignedInAsync(string extension, string campaignId)
    {
        var session = await (await _client.PostJsonAsync("/api/operator/session", SignIn(extension, campaignId))).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (Bearer(session.Text("token")), session.Text("token"));
    }

    [Fact]
    public async Task SignIn_ThenWorkTheDesk_ThenSignOut()
    {
        var campaign = await CampaignWithOperatorAsync("401");

        var response = await _client.PostJsonAsync("/api/operator/session", SignIn("401", campaign));
        var session = await response.ShouldBeJsonAsync(HttpStatusCode.Created);

        var token = session.Text("token");
        Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);
        DateTimeOffset.Parse(session.Text("expiresAt")).ShouldBe(factory.Clock.GetUtcNow() + OperatorSessions.Lifetime);
        (session["operator"]!.Text("extension"), session["operator"]!.Text("state"), session["operator"]!.Text("campaignId")).ShouldBe(("401", "ready", campaign));
        var me = Bearer(token);
        (await (await me.GetAsync("/api/operator/me")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("ready");
        (await (await me.PostAsync("/api/operator/call", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("talking");
        var form = new JsonObject { ["attemptId"] = "a-1", ["code"] = "interested", ["notes"] = "call back in May" };
        (await (await me.PostJsonAsync("/api/operator/disposition", form)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("ready");
        factory.Desk.Dispositions.ShouldContain(("401", "a-1", "interested", "call back in May"));
        (await (await me.PostAsync("/api/operator/pause", null)).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("state").ShouldBe("paused");
        (await _client.GetFromJsonArrayAsync($"/api/campaigns/{campaign}/operators")).Select(o => o!.Text("extension")).ShouldBe(["401"]);

        (await me.DeleteAsync("/api/operator/session")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await me.GetAsync("/api/operator/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await _client.GetFromJsonArrayAsync($"/api/campaigns/{campaign}/operators")).ShouldBeEmpty();
    }

    [Fact]
    public async Task WithoutAValidToken_EveryOperatorEndpointIs401()
    {
        var stranger = Bearer("not-a-token");
        foreach (var (method, path) in new[] { ("GET", "me"), ("POST", "ready"), ("POST", "pause"), ("POST", "call"), ("POST", "skip"), ("POST", "disposition"), ("DELETE", "session") })
        {
            foreach (var client in new[] { _client, stranger })
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/operator/{path}"));
                await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
                response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
            }
        }
    }

    [Fact]
    public async Task SignIn_WrongPassword401_NotAnOperator403_UnknownCampaign404_MissingFields422()
    {
        var campaign = await CampaignWithOperatorAsync("402");

        await (await _client.PostJsonAsync("/api/operator/session", SignIn("402", campaign, "wrong-pass"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await _client.PostJsonAsync("/api/operator/session", SignIn("777", campaign))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var forbidden = await (await _client.PostJsonAsync("/api/operator/session", SignIn("9402", campaign))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        forbidden.Text("detail").ShouldContain("9402");
        await (await _client.PostJsonAsync("/api/operator/session", SignIn("402", "nope"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await _client.PostJsonAsync("/api/operator/session", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        missing.ErrorKeys().ShouldBe(["campaignId", "extension", "password"]);
        factory.Desk.Get("9402").ShouldBeNull();
    }

    [Fact]
    public async Task DeskRefusals_MapTo409And422_AndABadFormIs422()
    {
        var campaign = await CampaignWithOperatorAsync("403");
        var (me, _) = await SignedInAsync("403", campaign);
        await me.PostAsync("/api/operator/pause", null);

        var call = await (await me.PostAsync("/api/operator/call", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var code = await (await me.PostJsonAsync("/api/operator/disposition", new JsonObject { ["attemptId"] = "a-1", ["code"] = "maybe" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var empty = await (await me.PostJsonAsync("/api/operator/disposition", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        call.Text("detail").ShouldContain("get ready");
        code["errors"]!["operator"]![0]!.GetValue<string>().ShouldContain("maybe");
        empty.ErrorKeys().ShouldBe(["attemptId", "code"]);
    }

    [Fact]
    public async Task Session_ExpiresAfterTwelveHours_AndSigningInAgainEndsTheOldOne()
    {
        var campaign = await CampaignWithOperatorAsync("404");
        var (first, _) = await SignedInAsync("404", campaign);
        var (second, _) = await SignedInAsync("404", campaign);

        await (await first.GetAsync("/api/operator/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/operator/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Clock.Advance(OperatorSessions.Lifetime - TimeSpan.FromSeconds(1));
        (await second.GetAsync("/api/operator/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await (await second.GetAsync("/api/operator/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        expired.Text("detail").ShouldContain("expired");
    }
}
