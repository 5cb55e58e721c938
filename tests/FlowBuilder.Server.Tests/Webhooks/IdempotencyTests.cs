using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class IdempotencyTests(WebhooksApiFactory factory) : IClassFixture<WebhooksApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(string Id, string Path)> PublishAsync(string prefix, bool synchronous = false, bool signed = false)
    {
        var id = TestFlows.NewId(prefix);
        var path = $"idem/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.Listener(id, path, signed, synchronous));
        return (id, path);
    }

    [Fact]
    public async Task Idempotency_AsyncRepeat_ReplaysThe202WithTheSameInstanceAndStartsNoSecond()
    {
        var (id, path) = await PublishAsync("async");
        const string body = """{"event":"order"}""";
        var key = Guid.NewGuid().ToString();

        var first = await _client.PostSignedAsync($"/hooks/{path}", body, null, key);
        var again = await _client.PostSignedAsync($"/hooks/{path}", body, null, key);

        var firstInstance = (await first.ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("instanceId");
        (await again.ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("instanceId").ShouldBe(firstInstance);
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        again.Headers.Location!.OriginalString.ShouldBe($"/api/instances/{firstInstance}");
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await _client.InstanceCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Idempotency_SyncRepeat_ReplaysTheStoredReply()
    {
        var (id, path) = await PublishAsync("sync", synchronous: true);
        const string body = """{"event":"quote"}""";
        var key = Guid.NewGuid().ToString();

        var first = await (await _client.PostSignedAsync($"/hooks/{path}", body, null, key)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await _client.PostSignedAsync($"/hooks/{path}", body, null, key);

        var replayed = await again.ShouldBeJsonAsync(HttpStatusCode.OK);
        replayed.ToJsonString().ShouldBe(first.ToJsonString());
        replayed.Text("result").ShouldBe("quote");
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await _client.InstanceCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Idempotency_SameKeyDifferentBody_Returns422NamingTheKey()
    {
        var (id, path) = await PublishAsync("differs");
        var key = Guid.NewGuid().ToString();
        (await _client.PostSignedAsync($"/hooks/{path}", """{"event":"a"}""", null, key)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var response = await _client.PostSignedAsync($"/hooks/{path}", """{"event":"b"}""", null, key);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Text("idempotencyKey").ShouldBe(key);
        problem.Text("detail").ShouldContain(key);
        (await _client.InstanceCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Idempotency_KeyLongerThan255_Returns400AndStartsNothing()
    {
        var (id, path) = await PublishAsync("long");

        var response = await _client.PostSignedAsync($"/hooks/{path}", """{"event":"a"}""", null, new string('k', 256));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("detail").ShouldContain("Idempotency-Key");
        (await _client.InstanceCountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task Idempotency_OnSignedWebhook_ReplaysForAFreshlySignedRepeat()
    {
        var (id, path) = await PublishAsync("signed", signed: true);
        var secret = await _client.CreateSecretAsync(id);
        const string body = """{"event":"signed"}""";
        var key = Guid.NewGuid().ToString();

        var first = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(secret, factory.Clock.GetUtcNow(), body), key);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(secret, factory.Clock.GetUtcNow(), body), key);

        var instanceId = (await first.ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("instanceId");
        (await again.ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("instanceId").ShouldBe(instanceId);
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await _client.InstanceCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Idempotency_UnsignedRepeatOnSignedWebhook_Returns401()
    {
        var (id, path) = await PublishAsync("signed-bad", signed: true);
        var secret = await _client.CreateSecretAsync(id);
        const string body = """{"event":"signed"}""";
        var key = Guid.NewGuid().ToString();
        (await _client.PostSignedAsync($"/hooks/{path}", body, SignedRequests.Sign(secret, factory.Clock.GetUtcNow(), body), key)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var unsigned = await _client.PostSignedAsync($"/hooks/{path}", body, null, key);

        (await unsigned.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Text("reason").ShouldBe("missing");
    }
}
