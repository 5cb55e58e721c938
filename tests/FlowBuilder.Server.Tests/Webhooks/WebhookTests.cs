using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class WebhookTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string NewPath(string prefix) => $"{prefix}/{Guid.NewGuid():N}";

    [Fact]
    public async Task Webhook_FlowWithHttpResponse_AnswersWithTheFlowsReply()
    {
        var id = TestFlows.NewId("replier");
        var path = NewPath("orders");
        await _client.CreateAndPublishAsync(TestFlows.Replier(id, path));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["orderId"] = "A-17", ["quantity"] = 3 });

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        body.Text("orderId").ShouldBe("A-17");
        body["doubled"]!.GetValue<double>().ShouldBe(6);
        response.Headers.GetValues("X-Flow").ShouldBe([id]);
    }

    [Fact]
    public async Task Webhook_AsynchronousTrigger_Returns202AndRunsWithBodyAsTriggerAndInput()
    {
        var id = TestFlows.NewId("listener");
        var path = NewPath("events");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["event"] = "signup", ["user"] = "u1" });

        var accepted = await response.ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var instanceId = accepted.Text("instanceId");
        response.Headers.Location!.OriginalString.ShouldBe($"/api/instances/{instanceId}");
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Result.ShouldBe("signup");
        var instance = await (await _client.GetAsync($"/api/instances/{instanceId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        instance["trigger"].Text("user").ShouldBe("u1");
        instance["input"].Text("event").ShouldBe("signup");
    }

    [Fact]
    public async Task Webhook_SynchronousTriggerWithoutReply_Returns200WithResult()
    {
        var id = TestFlows.NewId("sync");
        var path = NewPath("sync");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path, synchronous: true));

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["event"] = "ping" });

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.Text("status").ShouldBe("completed");
        body.Text("result").ShouldBe("ping");
        body.Text("instanceId").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Webhook_PathIsMatchedCaseInsensitivelyWithoutSlashes()
    {
        var id = TestFlows.NewId("normalised");
        var path = NewPath("mixed");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path, synchronous: true));

        var response = await _client.PostJsonAsync($"/hooks/{path.ToUpperInvariant()}/", new JsonObject { ["event"] = "upper" });

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("result").ShouldBe("upper");
    }

    [Fact]
    public async Task Webhook_FormBody_IsTheTriggerPayload()
    {
        var id = TestFlows.NewId("form");
        var path = NewPath("form");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path, synchronous: true));

        var response = await _client.PostAsync($"/hooks/{path}", new FormUrlEncodedContent([new("event", "from-form")]));

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("result").ShouldBe("from-form");
    }

    [Fact]
    public async Task Webhook_UnknownPath_Returns404Problem()
    {
        var response = await _client.PostJsonAsync($"/hooks/{NewPath("nobody")}", new JsonObject());

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Text("detail").ShouldContain("No published flow");
    }

    [Fact]
    public async Task Webhook_RetractedFlow_Returns404Problem()
    {
        var id = TestFlows.NewId("gone");
        var path = NewPath("gone");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path));
        await _client.PostJsonAsync($"/api/flows/{id}/retract", null);

        var response = await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["event"] = "late" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Webhook_MalformedJson_Returns400AndStartsNothing()
    {
        var id = TestFlows.NewId("bad-body");
        var path = NewPath("bad");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path));

        var response = await _client.PostTextAsync($"/hooks/{path}", "{ \"event\": ");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Number("line").ShouldBe(1);
        (await (await _client.GetAsync($"/api/instances?flowId={id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("total").ShouldBe(0);
    }

    [Fact]
    public async Task Webhook_ChunkedBodyOverTheLimit_Returns413AndStartsNothing()
    {
        var id = TestFlows.NewId("too-big");
        var path = NewPath("big");
        await _client.CreateAndPublishAsync(TestFlows.Listener(id, path));
        var body = Encoding.UTF8.GetBytes($"{{\"event\": \"{new string('x', 1_100_000)}\"}}");
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new("application/json");

        var response = await _client.PostAsync($"/hooks/{path}", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await (await _client.GetAsync($"/api/instances?flowId={id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("total").ShouldBe(0);
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
