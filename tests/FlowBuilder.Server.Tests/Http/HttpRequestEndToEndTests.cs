using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Http;

/// <summary>A webhook flow that calls another system with HTTP Request and answers with what it got, through the real server.</summary>
public sealed class HttpRequestEndToEndTests(HttpRequestApiFactory factory) : IClassFixture<HttpRequestApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();
    private PartnerApi _partner = null!;

    public async Task InitializeAsync() => _partner = await PartnerApi.StartAsync();

    public async Task DisposeAsync() => await _partner.DisposeAsync();

    [Fact]
    public async Task Webhook_CallsASignedApi_AndAnswersWithItsParsedReply()
    {
        var id = TestFlows.NewId("lookup");
        var path = $"lookup/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(LookupFlow(id, path, new Uri(_partner.BaseUrl, "/customers/lookup").ToString(), PartnerApi.Secret));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["phone"] = "+15550001111" });

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.Text("greeting").ShouldBe("Hello Ada Lovelace (gold)");
        body.Text("phone").ShouldBe("+15550001111");
        body["attempts"]!.GetValue<double>().ShouldBe(1);
        _partner.Checks.ShouldBe([SignatureCheck.Valid]);
    }

    [Fact]
    public async Task Webhook_WrongSecret_GoesTheClientErrorWay()
    {
        var id = TestFlows.NewId("badsecret");
        var path = $"lookup/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(LookupFlow(id, path, new Uri(_partner.BaseUrl, "/customers/lookup").ToString(), "not-the-secret"));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["phone"] = "+15550001111" });

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.BadGateway);
        body["status"]!.GetValue<double>().ShouldBe(401);
        _partner.Checks.ShouldBe([SignatureCheck.Mismatch]);
    }

    [Fact]
    public async Task ResponseLargerThanTheConfiguredLimit_GoesTheFailedWay_WithTheLimitInTheError()
    {
        var id = TestFlows.NewId("export");
        var path = $"export/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(LookupFlow(id, path, new Uri(_partner.BaseUrl, "/export").ToString(), null));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["phone"] = "+1" });

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.ServiceUnavailable);
        body.Text("error").ShouldContain($"larger than {HttpRequestApiFactory.ResponseLimit} bytes");
    }

    /// <summary>Webhook → HTTP Request (POST, HMAC when a secret is given, GET otherwise) → HTTP Response built from its outputs.</summary>
    private static JsonObject LookupFlow(string id, string path, string url, string? secret)
    {
        var fetch = new JsonObject
        {
            ["url"] = url,
            ["method"] = secret is null ? "GET" : "POST",
            ["body"] = secret is null ? null : new JsonObject { ["phone"] = "{{ trigger.phone }}" },
            ["auth"] = secret is null ? "none" : "hmac",
            ["secret"] = secret,
            ["timeoutSeconds"] = 5,
        };
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = "Lookup " + id,
            ["trigger"] = new JsonObject { ["type"] = "webhook", ["path"] = path },
            ["nodes"] = new JsonArray
            {
                new JsonObject { ["id"] = "fetch", ["type"] = "http.request", ["inputs"] = fetch },
                Reply("ok", 200, "js: ({ greeting: 'Hello ' + outputs.fetch.body.name + ' (' + outputs.fetch.body.tier + ')', phone: outputs.fetch.body.phone, attempts: outputs.fetch.attempts })"),
                Reply("rejected", 502, "js: ({ status: outputs.fetch.status })"),
                Reply("unavailable", 503, "js: ({ error: outputs.fetch.error })"),
            },
            ["edges"] = new JsonArray
            {
                Edge("success", "ok"),
                Edge("client-error", "rejected"),
                Edge("server-error", "unavailable"),
                Edge("timeout", "unavailable"),
                Edge("failed", "unavailable"),
            },
        };

        static JsonObject Reply(string node, int status, string body) => new()
        {
            ["id"] = node,
            ["type"] = "http.response",
            ["inputs"] = new JsonObject { ["statusCode"] = status, ["body"] = body },
        };

        static JsonObject Edge(string outcome, string to) => new() { ["from"] = "fetch", ["outcome"] = outcome, ["to"] = to };
    }
}
