using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Instances;

public sealed class RunTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task RunFlow_WithInput_Returns201WithResult()
    {
        var id = TestFlows.NewId("run");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var response = await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["input"] = new JsonObject { ["name"] = "Ada" } });

        var run = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/instances/{run.Text("id")}");
        run.Text("status").ShouldBe("completed");
        run["result"].Text("greeting").ShouldBe("Hello Ada");
        run["fault"].ShouldBeNull();
        run["waitingOn"].ShouldBeNull();
    }

    [Fact]
    public async Task RunFlow_WithTriggerPayload_InstanceSeesIt()
    {
        var id = TestFlows.NewId("run-trigger");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));
        var trigger = new JsonObject { ["orderId"] = "A-17", ["amount"] = 2500, ["lines"] = new JsonArray("x", "y") };

        var response = await _client.PostJsonAsync($"/api/flows/{id}/run",
            new JsonObject { ["input"] = new JsonObject { ["name"] = "Ada" }, ["trigger"] = trigger });

        var run = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var instance = await (await _client.GetAsync($"/api/instances/{run.Text("id")}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        instance["trigger"].Text("orderId").ShouldBe("A-17");
        instance["trigger"].Number("amount").ShouldBe(2500);
        instance["trigger"]!["lines"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldBe(new[] { "x", "y" });
    }

    [Fact]
    public async Task RunFlow_WithoutTrigger_InstanceHasNone()
    {
        var id = TestFlows.NewId("run-no-trigger");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var run = await (await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["input"] = new JsonObject { ["name"] = "Ada" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var instance = await (await _client.GetAsync($"/api/instances/{run.Text("id")}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        instance["trigger"].ShouldBeNull();
    }

    [Fact]
    public async Task RunFlow_MissingRequiredInput_Returns422WithProblems()
    {
        var id = TestFlows.NewId("run-missing");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var response = await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["input"] = new JsonObject() });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var only = problem["problems"]!.AsArray().ShouldHaveSingleItem();
        only.Text("code").ShouldBe("missing-input");
        only.Text("path").ShouldBe("$.name");
    }

    [Fact]
    public async Task RunFlow_InputOfWrongType_Returns422AndStartsNothing()
    {
        var id = TestFlows.NewId("run-type");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));

        var response = await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["input"] = new JsonObject { ["name"] = 42 } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["problems"]![0].Text("code").ShouldBe("invalid-input");
        var page = await (await _client.GetAsync($"/api/instances?flowId={id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        page.Number("total").ShouldBe(0);
    }

    [Fact]
    public async Task RunFlow_NeverPublished_Returns409()
    {
        var id = TestFlows.NewId("run-draft");
        await _client.CreateAsync(TestFlows.Greeter(id));

        var response = await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["input"] = new JsonObject { ["name"] = "x" } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail").ShouldContain("Publish");
    }

    [Fact]
    public async Task RunFlow_RetractedVersion_Returns409()
    {
        var id = TestFlows.NewId("run-retracted");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));
        await _client.PostJsonAsync($"/api/flows/{id}/retract", null);

        var response = await _client.PostJsonAsync($"/api/flows/{id}/run", new JsonObject { ["version"] = 1, ["input"] = new JsonObject { ["name"] = "x" } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("detail").ShouldContain("retracted");
    }

    [Fact]
    public async Task RunFlow_WithoutWaiting_Returns201Running_AndAnEarlyStimulusIsKept()
    {
        var id = TestFlows.NewId("run-nowait");
        await _client.CreateAndPublishAsync(TestFlows.WaitsForApproval(id));

        var run = await _client.RunAsync(id, new JsonObject { ["wait"] = false });
        var stimulus = await _client.PostJsonAsync($"/api/instances/{run.Text("id")}/stimuli", new JsonObject { ["name"] = "approval", ["payload"] = "early" });

        run.Text("status").ShouldBe("running");
        stimulus.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var settled = await factory.Engine.WhenSettledAsync(run.Text("id"), s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Status.ShouldBe(InstanceStatus.Completed);
        settled.Result.ShouldBe("early");
    }

    [Fact]
    public async Task GetInstance_AfterRun_ShowsParsedValuesJournalAndNoIncidents()
    {
        var id = TestFlows.NewId("inspect");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(id));
        var run = await _client.RunAsync(id, new JsonObject { ["input"] = new JsonObject { ["name"] = "Grace" }, ["correlationId"] = "order-7" });

        var instance = await (await _client.GetAsync($"/api/instances/{run.Text("id")}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        instance.Text("flowId").ShouldBe(id);
        instance.Number("flowVersion").ShouldBe(1);
        instance.Text("status").ShouldBe("completed");
        instance.Text("correlationId").ShouldBe("order-7");
        instance["input"].Text("name").ShouldBe("Grace");
        instance["result"].Text("greeting").ShouldBe("Hello Grace");
        var step = instance["journal"]!.AsArray().ShouldHaveSingleItem();
        step.Text("nodeId").ShouldBe("end");
        step.Text("activityType").ShouldBe("control.end@1");
        instance["incidents"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task GetInstance_FaultedRun_ShowsFaultAndIncident()
    {
        var id = TestFlows.NewId("faulty");
        var flow = TestFlows.Greeter(id);
        flow["nodes"]![0]!["inputs"]!["result"] = "js: input.name.missing.deeper";
        await _client.CreateAndPublishAsync(flow);
        var run = await _client.RunAsync(id, new JsonObject { ["input"] = new JsonObject { ["name"] = "x" } });

        var instance = await (await _client.GetAsync($"/api/instances/{run.Text("id")}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        run.Text("status").ShouldBe("faulted");
        run.Text("faultNodeId").ShouldBe("end");
        instance.Text("status").ShouldBe("faulted");
        instance["incidents"]!.AsArray().ShouldHaveSingleItem().Text("nodeId").ShouldBe("end");
    }

    [Fact]
    public async Task ListInstances_FiltersByFlowStatusAndCorrelationId()
    {
        var id = TestFlows.NewId("list");
        await _client.CreateAndPublishAsync(TestFlows.WaitsForApproval(id));
        var first = await _client.RunAsync(id, new JsonObject { ["correlationId"] = "a" });
        await _client.RunAsync(id, new JsonObject { ["correlationId"] = "b" });
        await _client.PostJsonAsync($"/api/instances/{first.Text("id")}/cancel", null);

        var all = await (await _client.GetAsync($"/api/instances?flowId={id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var suspended = await (await _client.GetAsync($"/api/instances?flowId={id}&status=suspended")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var byCorrelation = await (await _client.GetAsync($"/api/instances?flowId={id}&correlationId=a")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var paged = await (await _client.GetAsync($"/api/instances?flowId={id}&skip=1&take=1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var future = await (await _client.GetAsync($"/api/instances?flowId={id}&from=2999-01-01T00:00:00Z")).ShouldBeJsonAsync(HttpStatusCode.OK);

        all.Number("total").ShouldBe(2);
        suspended["items"]!.AsArray().ShouldHaveSingleItem().Text("correlationId").ShouldBe("b");
        byCorrelation["items"]!.AsArray().ShouldHaveSingleItem().Text("status").ShouldBe("cancelled");
        paged["items"]!.AsArray().Count.ShouldBe(1);
        paged.Number("total").ShouldBe(2);
        future.Number("total").ShouldBe(0);
    }

    [Fact]
    public async Task ListInstances_BadFilters_Return400()
    {
        await (await _client.GetAsync("/api/instances?status=sleeping")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.GetAsync("/api/instances?take=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.GetAsync("/api/instances?from=yesterday")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
