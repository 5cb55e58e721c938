using System.Net;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class SignedWebhookTests(WebhooksApiFactory factory) : IClassFixture<WebhooksApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(string Id, string Path)> PublishSignedAsync(string prefix)
    {
        var id = TestFlows.NewId(prefix);
        var path = $"signed/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.Listener(id, path, signed: true));
        return (id, path);
    }

    [Fact]
    public async Task SignedWebhook_ValidSignature_Returns202AndRuns()
    {
        var (id, path) = await PublishSignedAsync("valid");
        var secret = await _client.CreateSecretAsync(id);
        const string body = """{"event":"paid"}""";

        var response = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(secret, factory.Clock.GetUtcNow(), body));

        var accepted = await response.ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var settled = await factory.Engine.WhenSettledAsync(accepted.Text("instanceId"), s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Result.ShouldBe("paid");
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("malformed")]
    [InlineData("mismatch")]
    [InlineData("expired")]
    public async Task SignedWebhook_BadSignature_Returns401NamingTheHeaderAndStartsNothing(string reason)
    {
        var (id, path) = await PublishSignedAsync(reason);
        var secret = await _client.CreateSecretAsync(id);
        const string body = """{"event":"forged"}""";
        var now = factory.Clock.GetUtcNow();
        var signature = reason switch
        {
            "missing" => null,
            "malformed" => "v1=abc",
            "mismatch" => SignedRequests.Sign(secret, now, """{"event":"other"}"""),
            _ => SignedRequests.Sign(secret, now.AddSeconds(-301), body),
        };

        var response = await _client.PostSignedAsync($"/hooks/{path}", body, signature);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Text("reason").ShouldBe(reason);
        problem.Text("detail").ShouldContain("X-FlowBuilder-Signature");
        (await _client.InstanceCountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task SignedWebhook_NoSecretYet_Returns401SayingWhereToCreateOne()
    {
        var (id, path) = await PublishSignedAsync("no-secret");
        const string body = """{"event":"early"}""";

        var response = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign("whsec_guess", factory.Clock.GetUtcNow(), body));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Text("reason").ShouldBe("no-secret");
        problem.Text("detail").ShouldContain($"POST /api/flows/{id}/webhook-secret");
        (await _client.InstanceCountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task SignedWebhook_SameSignatureTwice_SecondIsRefusedAsReplayed()
    {
        var (id, path) = await PublishSignedAsync("replay");
        var secret = await _client.CreateSecretAsync(id);
        const string body = """{"event":"once"}""";
        var signature = SignedRequests.Sign(secret, factory.Clock.GetUtcNow(), body);

        (await _client.PostSignedAsync($"/hooks/{path}", body, signature)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var replay = await _client.PostSignedAsync($"/hooks/{path}", body, signature);

        (await replay.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Text("reason").ShouldBe("replayed");
        // The accepted start is persisted in the engine's next batch: flush it so the listing sees it (no race with the count).
        await factory.Services.GetRequiredService<FlowEngine>().FlushAsync();
        (await _client.InstanceCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task SignedWebhook_RotatedSecret_OldOneWorksDuringGraceOnly()
    {
        var (id, path) = await PublishSignedAsync("rotate");
        var old = await _client.CreateSecretAsync(id);
        var current = await _client.CreateSecretAsync(id, HttpStatusCode.OK);
        current.ShouldNotBe(old);
        const string body = """{"event":"roll"}""";

        var duringGrace = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(old, factory.Clock.GetUtcNow(), body));
        duringGrace.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var afterGrace = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(old, factory.Clock.GetUtcNow(), body));
        var withCurrent = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(current, factory.Clock.GetUtcNow(), body));

        (await afterGrace.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Text("reason").ShouldBe("mismatch");
        withCurrent.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task WebhookSecret_Get_ShowsMetadataButNeverTheSecret()
    {
        var (id, _) = await PublishSignedAsync("meta");
        var before = await (await _client.GetAsync($"/api/flows/{id}/webhook-secret")).ShouldBeJsonAsync(HttpStatusCode.OK);
        before["exists"]!.GetValue<bool>().ShouldBeFalse();

        var secret = await _client.CreateSecretAsync(id);
        var response = await _client.GetAsync($"/api/flows/{id}/webhook-secret");
        var text = await response.Content.ReadAsStringAsync();

        secret.ShouldStartWith("whsec_");
        secret.Length.ShouldBe("whsec_".Length + 43);
        text.ShouldNotContain(secret);
        var after = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        after["exists"]!.GetValue<bool>().ShouldBeTrue();
        after.Text("last4").ShouldBe(secret[^4..]);
        after.Text("header").ShouldBe("X-FlowBuilder-Signature");
    }

    [Fact]
    public async Task WebhookSecret_UnknownFlow_Returns404()
    {
        var response = await _client.PostAsync($"/api/flows/{TestFlows.NewId("nobody")}/webhook-secret", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnsignedWebhook_NeedsNoSignature()
    {
        var id = TestFlows.NewId("open");
        var path = $"open/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.Listener(id, path));

        var response = await _client.PostSignedAsync($"/hooks/{path}", """{"event":"x"}""", signature: null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Publish_SignedFlowWithoutSecret_WarnsWhereToCreateOne()
    {
        var id = TestFlows.NewId("warn");
        var path = $"signed/{Guid.NewGuid():N}";
        await _client.CreateAsync(WebhookTestFlows.Listener(id, path, signed: true));

        var first = await _client.PostJsonAsync($"/api/flows/{id}/publish", new System.Text.Json.Nodes.JsonObject { ["note"] = "no secret" });
        await _client.CreateSecretAsync(id);
        var second = await _client.PostJsonAsync($"/api/flows/{id}/publish", new System.Text.Json.Nodes.JsonObject { ["note"] = "with secret" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.GetValues("Warning").Single().ShouldContain($"POST /api/flows/{id}/webhook-secret");
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.Contains("Warning").ShouldBeFalse();
    }
}
