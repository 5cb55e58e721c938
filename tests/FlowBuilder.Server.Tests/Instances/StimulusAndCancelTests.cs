using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Instances;

public sealed class StimulusAndCancelTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> StartWaitingInstanceAsync()
    {
        var id = TestFlows.NewId("approval");
        await _client.CreateAndPublishAsync(TestFlows.WaitsForApproval(id));
        var run = await _client.RunAsync(id);
        run.Text("status").ShouldBe("suspended");
        run.Text("waitingOn").ShouldBe("approval");
        return run.Text("id");
    }

    [Fact]
    public async Task Stimulus_ToSuspendedInstance_Returns202AndResumesIt()
    {
        var instanceId = await StartWaitingInstanceAsync();

        var response = await _client.PostJsonAsync($"/api/instances/{instanceId}/stimuli",
            new JsonObject { ["name"] = "approval", ["payload"] = new JsonObject { ["approvedBy"] = "Lin" } });

        (await response.ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("instanceId").ShouldBe(instanceId);
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Status.ShouldBe(InstanceStatus.Completed);
        var instance = await (await _client.GetAsync($"/api/instances/{instanceId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        instance.Text("status").ShouldBe("completed");
        instance["result"].Text("approvedBy").ShouldBe("Lin");
    }

    [Fact]
    public async Task GetInstance_Suspended_ShowsBookmark()
    {
        var instanceId = await StartWaitingInstanceAsync();

        var instance = await (await _client.GetAsync($"/api/instances/{instanceId}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        instance.Text("status").ShouldBe("suspended");
        instance["bookmark"].Text("name").ShouldBe("approval");
        instance["bookmark"].Text("nodeId").ShouldBe("wait");
    }

    [Fact]
    public async Task Stimulus_WithoutName_Returns400()
    {
        var instanceId = await StartWaitingInstanceAsync();

        var response = await _client.PostJsonAsync($"/api/instances/{instanceId}/stimuli", new JsonObject { ["payload"] = 1 });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Text("path").ShouldBe("$.name");
    }

    [Fact]
    public async Task Stimulus_ToUnknownInstance_Returns404()
    {
        var response = await _client.PostJsonAsync("/api/instances/nobody/stimuli", new JsonObject { ["name"] = "approval" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Text("instanceId").ShouldBe("nobody");
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_CancelsIt_AndCancellingAgainReturns409()
    {
        var instanceId = await StartWaitingInstanceAsync();

        var cancelled = await (await _client.PostJsonAsync($"/api/instances/{instanceId}/cancel", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await _client.PostJsonAsync($"/api/instances/{instanceId}/cancel", null);

        cancelled.Text("status").ShouldBe("cancelled");
        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Text("instanceStatus").ShouldBe("cancelled");
        (await (await _client.GetAsync($"/api/instances/{instanceId}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status").ShouldBe("cancelled");
    }

    [Fact]
    public async Task Stimulus_ToFinishedInstance_Returns409()
    {
        var instanceId = await StartWaitingInstanceAsync();
        await _client.PostJsonAsync($"/api/instances/{instanceId}/cancel", null);

        var response = await _client.PostJsonAsync($"/api/instances/{instanceId}/stimuli", new JsonObject { ["name"] = "approval" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("instanceId").ShouldBe(instanceId);
    }

    [Fact]
    public async Task Cancel_CompletedInstance_Returns409()
    {
        var id = TestFlows.NewId("done");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));
        var run = await _client.RunAsync(id, new JsonObject { ["input"] = new JsonObject { ["name"] = "x" } });

        var response = await _client.PostJsonAsync($"/api/instances/{run.Text("id")}/cancel", null);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("instanceStatus").ShouldBe("completed");
    }
}
