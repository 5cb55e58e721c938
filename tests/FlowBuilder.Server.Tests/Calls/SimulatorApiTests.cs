using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Calls;

public sealed class SimulatorApiTests(SimulatorApiFactory factory) : IClassFixture<SimulatorApiFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Ring_ByNumber_TheBoundFlowAnswers_ADigitChoosesWhatItSays_AndTheCallEndsInACdr()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.PressAKey("press-a-key", "+15550001"));

        var rung = await (await _client.PostJsonAsync("/api/simulator/calls", new JsonObject { ["to"] = "+15550001", ["from"] = "+15557777" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var callId = rung.Text("callId");
        rung.Text("instanceId").ShouldStartWith("press-a-key-");
        using var bound = new CancellationTokenSource(Bound);
        await factory.Simulator.WaitForDigitReadAsync(callId, bound.Token);

        var pressed = await _client.PostJsonAsync($"/api/simulator/calls/{callId}/digits", new JsonObject { ["digits"] = "7" });
        (await pressed.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("callId").ShouldBe(callId);
        await factory.Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp, bound.Token);

        var call = await (await _client.GetAsync($"/api/simulator/calls/{callId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        call["up"]!.GetValue<bool>().ShouldBeFalse();
        var lines = call["events"]!.AsArray().Select(e => e.Text("line")).ToList();
        lines.ShouldContain("answered");
        lines.ShouldContain("said \"Press a key.\"");
        lines.ShouldContain("pressed 7");
        lines.ShouldContain("said \"You pressed 7.\"");
        lines.ShouldNotContain("said \"Nothing pressed.\"");
        call["events"]!.AsArray().Last()!.Text("kind").ShouldBe("hung-up");
        call["events"]!.AsArray().Last()!.Text("by").ShouldBe("flow");

        var record = await (await _client.GetAsync($"/api/calls/{callId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        record.Text("status").ShouldBe("ended");
        record.Text("direction").ShouldBe("inbound");
        record.Text("from").ShouldBe("+15557777");
        record.Text("to").ShouldBe("+15550001");
        record.Text("flowId").ShouldBe("press-a-key");
        record.Text("instanceId").ShouldBe(rung.Text("instanceId"));
        record.Text("disposition").ShouldBe("answered");
    }

    [Fact]
    public async Task Ring_NumberNoFlowHas_404NamingTheNumberAndHowToBindIt()
    {
        var response = await _client.PostJsonAsync("/api/simulator/calls", new JsonObject { ["to"] = "+15559999" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.Text("detail").ShouldContain("+15559999");
        problem.Text("detail").ShouldContain("\"type\": \"call\"");
    }

    [Fact]
    public async Task Ring_ByFlowId_RunsThatFlowWithItsInput()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.Greeter("greeter-by-id"));

        var rung = await (await _client.PostJsonAsync("/api/simulator/calls",
            new JsonObject { ["flowId"] = "greeter-by-id", ["input"] = new JsonObject { ["name"] = "Ada" } })).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var bound = new CancellationTokenSource(Bound);
        await factory.Simulator.WaitForAsync(rung.Text("callId"), SimulatedCallEventKind.HungUp, bound.Token);

        factory.Simulator.Transcript(rung.Text("callId")).Select(e => e.ToString()).ShouldContain("said \"Hello Ada.\"");
    }

    [Fact]
    public async Task Ring_UnpublishedFlowId_IsRefusedAndTheCallDoesNotStayUp()
    {
        await _client.CreateAsync(CallFlowsForTests.Greeter("greeter-draft-only"));

        var response = await _client.PostJsonAsync("/api/simulator/calls", new JsonObject { ["flowId"] = "greeter-draft-only" });

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        (await response.Content.ReadAsStringAsync()).ShouldContain("greeter-draft-only");
    }

    [Fact]
    public async Task Ring_NeitherNumberNorFlow_400()
    {
        var problem = await (await _client.PostJsonAsync("/api/simulator/calls", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("detail").ShouldContain("flowId");
    }

    [Fact]
    public async Task PressDigits_NotKeypadKeys_400AndNothingIsPressed()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.PressAKey("press-a-key-bad-digits", "+15550002"));
        var callId = (await (await _client.PostJsonAsync("/api/simulator/calls", new JsonObject { ["to"] = "+15550002" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).Text("callId");
        using var bound = new CancellationTokenSource(Bound);
        await factory.Simulator.WaitForDigitReadAsync(callId, bound.Token);

        var problem = await (await _client.PostJsonAsync($"/api/simulator/calls/{callId}/digits", new JsonObject { ["digits"] = "1x" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("detail").ShouldContain("1x");
        factory.Simulator.Transcript(callId).ShouldNotContain(e => e.Kind == SimulatedCallEventKind.DigitPressed);
        await _client.PostJsonAsync($"/api/simulator/calls/{callId}/hangup", null);
    }

    [Fact]
    public async Task HangUp_ByTheCallerWhileTheFlowWaitsForADigit_EndsTheCallAsTheCallersAndTheInstanceFinishes()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.PressAKey("press-a-key-hangup", "+15550003"));
        var rung = await (await _client.PostJsonAsync("/api/simulator/calls", new JsonObject { ["to"] = "+15550003" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var callId = rung.Text("callId");
        using var bound = new CancellationTokenSource(Bound);
        await factory.Simulator.WaitForDigitReadAsync(callId, bound.Token);

        var hungUp = await (await _client.PostJsonAsync($"/api/simulator/calls/{callId}/hangup", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        hungUp["up"]!.GetValue<bool>().ShouldBeFalse();
        hungUp["events"]!.AsArray().Last()!.Text("by").ShouldBe("remote");
        var settled = await factory.Engine.WhenSettledAsync(rung.Text("instanceId"), s => s.Status.IsFinished(), bound.Token);
        settled.Status.ShouldBe(InstanceStatus.Completed);
        var digits = await (await _client.PostJsonAsync($"/api/simulator/calls/{callId}/digits", new JsonObject { ["digits"] = "1" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        digits.Text("detail").ShouldContain(callId);
    }

    [Fact]
    public async Task UnknownCall_404()
    {
        var problem = await (await _client.GetAsync("/api/simulator/calls/simulator-nope")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Text("detail").ShouldContain("simulator-nope");
    }
}
