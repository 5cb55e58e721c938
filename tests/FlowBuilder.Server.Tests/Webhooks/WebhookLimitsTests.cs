using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class WebhookLimitsTests(WebhooksApiFactory factory) : IClassFixture<WebhooksApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Webhook_BodyOverMaxWebhookBytes_Returns413NamingTheLimitAndStartsNothing()
    {
        var id = TestFlows.NewId("big");
        var path = $"big/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.Listener(id, path));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["event"] = new string('x', 5000) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.Text("detail").ShouldContain("4,096 bytes");
        problem.Text("detail").ShouldContain("MaxWebhookBytes");
        (await _client.InstanceCountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task Webhook_BadInput_Returns422ListingEveryProblemWithItsPath()
    {
        var id = TestFlows.NewId("typed");
        var path = $"typed/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.TypedInputs(id, path));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["quantity"] = "three" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var problems = problem["problems"]!.AsArray();
        problems.Count.ShouldBe(2, problem.ToJsonString());
        var text = problems.ToJsonString();
        text.ShouldContain("name");
        text.ShouldContain("quantity");
        (await _client.InstanceCountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task Webhook_BadInputWithIdempotencyKey_FreesTheKeyForTheCorrectedRequest()
    {
        var id = TestFlows.NewId("fix");
        var path = $"fix/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.TypedInputs(id, path));
        var key = Guid.NewGuid().ToString();

        var bad = await _client.PostSignedAsync($"/hooks/{path}", """{"quantity":"three"}""", null, key);
        var fixedUp = await _client.PostSignedAsync($"/hooks/{path}", """{"name":"Ada","quantity":3}""", null, key);

        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        fixedUp.StatusCode.ShouldBe(HttpStatusCode.Accepted, await fixedUp.Content.ReadAsStringAsync());
    }
}
