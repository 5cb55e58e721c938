using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class WebhookTimeoutTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task Webhook_FlowDoesNotReplyInTime_Returns504WithInstanceId()
    {
        var client = factory.CreateClient();
        var id = TestFlows.NewId("slow");
        var path = $"slow/{Guid.NewGuid():N}";
        await client.CreateAndPublishAsync(TestFlows.Gated(id, path));

        var call = client.PostJsonAsync($"/hooks/{path}", new JsonObject());
        await factory.Clock.WhenTimerArmedAsync(TimeSpan.FromSeconds(10), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        var response = await call;

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.GatewayTimeout);
        var instanceId = problem.Text("instanceId");
        factory.Gate.Open();
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Status.ShouldBe(InstanceStatus.Completed);
    }
}
