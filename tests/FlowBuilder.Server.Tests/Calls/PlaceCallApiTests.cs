using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Calls;

public sealed class PlaceCallApiTests(SimulatorApiFactory factory) : IClassFixture<SimulatorApiFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly HttpClient _client = factory.CreateClient();

    private static JsonObject Place(string flowId, string to, string? channel = "simulator") => new()
    {
        ["flowId"] = flowId,
        ["to"] = to,
        ["from"] = "+15550100",
        ["channel"] = channel,
        ["input"] = new JsonObject { ["name"] = "Grace" },
    };

    [Fact]
    public async Task PlaceCall_Answered_RunsTheFlowOnTheCall_AndTheCdrNamesFlowAndInstance()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.Greeter("greeter-outbound"));

        var placed = await (await _client.PostJsonAsync("/api/calls", Place("greeter-outbound", "+15551234"))).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var callId = placed.Text("callId");
        callId.ShouldStartWith("simulator-");
        using var bound = new CancellationTokenSource(Bound);
        await factory.Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp, bound.Token);

        factory.Simulator.Transcript(callId).Select(e => e.ToString()).ShouldContain("said \"Hello Grace.\"");
        var record = await (await _client.GetAsync($"/api/calls/{callId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        record.Text("direction").ShouldBe("outbound");
        record.Text("to").ShouldBe("+15551234");
        record.Text("from").ShouldBe("+15550100");
        record.Text("disposition").ShouldBe("answered");
        record.Text("flowId").ShouldBe("greeter-outbound");
        record.Text("instanceId").ShouldStartWith("greeter-outbound-");
        var list = await (await _client.GetAsync("/api/calls?flowId=greeter-outbound")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.AsArray().Select(c => c.Text("callId")).ShouldContain(callId);
    }

    [Fact]
    public async Task PlaceCall_Busy_NoFlowRuns_AndTheCdrSaysBusy()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.Greeter("greeter-busy"));
        (await _client.PutJsonAsync("/api/simulator/numbers/+15554444", new JsonObject { ["answer"] = "busy" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var callId = (await (await _client.PostJsonAsync("/api/calls", Place("greeter-busy", "+15554444"))).ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("callId");
        using var bound = new CancellationTokenSource(Bound);
        await factory.Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp, bound.Token);

        factory.Simulator.Transcript(callId).ShouldNotContain(e => e.Kind == SimulatedCallEventKind.Said);
        var record = await (await _client.GetAsync($"/api/calls/{callId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        record.Text("disposition").ShouldBe("busy");
    }

    [Fact]
    public async Task PlaceCall_NoChannelNamedAndSipOff_503SayingHowToTurnItOn()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.Greeter("greeter-no-sip"));

        var problem = await (await _client.PostJsonAsync("/api/calls", Place("greeter-no-sip", "+15551111", channel: null)))
            .ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

        problem.Text("detail").ShouldContain("FlowBuilder:Sip:Enabled");
    }

    [Fact]
    public async Task PlaceCall_UnpublishedFlow_RefusedBeforeDialling()
    {
        await _client.CreateAsync(CallFlowsForTests.Greeter("greeter-unpublished"));

        var response = await _client.PostJsonAsync("/api/calls", Place("greeter-unpublished", "+15552222"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("greeter-unpublished");
        var records = await (await _client.GetAsync("/api/calls?flowId=greeter-unpublished")).ShouldBeJsonAsync(HttpStatusCode.OK);
        records.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"to": "+1555"}""", "flowId")]
    [InlineData("""{"flowId": "x"}""", "to")]
    [InlineData("""{"flowId": "x", "to": "+1555", "ringTimeoutSeconds": 0}""", "ringTimeoutSeconds")]
    [InlineData("""{"flowId": "x", "to": "+1555", "channel": "carrier-pigeon"}""", "carrier-pigeon")]
    public async Task PlaceCall_BadRequest_NamesTheFieldAtFault(string body, string named)
    {
        var problem = await (await _client.PostTextAsync("/api/calls", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Text("detail").ShouldContain(named);
    }
}
