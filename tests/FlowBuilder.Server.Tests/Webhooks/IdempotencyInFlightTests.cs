using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>On a server of its own: the test waits for the first (and only) 10 s reply timer the server arms.</summary>
public sealed class IdempotencyInFlightTests(GatedWebhooksApiFactory factory) : IClassFixture<GatedWebhooksApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Idempotency_SameKeyWhileFirstSyncStillRuns_Returns409WithRetryAfter()
    {
        var id = TestFlows.NewId("busy");
        var path = $"idem/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.GatedSync(id, path));
        const string body = """{"event":"slow"}""";
        var key = Guid.NewGuid().ToString();

        var first = _client.PostSignedAsync($"/hooks/{path}", body, null, key);
        await factory.Clock.WhenTimerArmedAsync(TimeSpan.FromSeconds(10), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var whileRunning = await _client.PostSignedAsync($"/hooks/{path}", body, null, key);
        factory.Gate.Open();
        var firstAnswer = await (await first).ShouldBeJsonAsync(HttpStatusCode.OK);
        var afterwards = await _client.PostSignedAsync($"/hooks/{path}", body, null, key);

        var conflict = await whileRunning.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        conflict.Text("idempotencyKey").ShouldBe(key);
        whileRunning.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(10));
        (await afterwards.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("instanceId").ShouldBe(firstAnswer.Text("instanceId"));
        (await _client.InstanceCountAsync(id)).ShouldBe(1);
    }
}
