using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Calls;

public sealed class PlaceCallSpendingTests(SpendingApiFactory factory) : IClassFixture<SpendingApiFactory>
{
    private const string Reason = "The balance of Acme is -12.40 EUR and its credit limit 10.00 EUR: top up the account to place calls again.";
    private readonly HttpClient _client = factory.CreateClient();

    private static JsonObject Place(string flowId) => new() { ["flowId"] = flowId, ["to"] = "+15557770000", ["channel"] = "simulator" };

    [Fact]
    public async Task PlaceCall_CompanyRefused_402WithTheReason_AndNothingIsDialled()
    {
        await _client.CreateAndPublishAsync(CallFlowsForTests.Greeter("greeter-refused"));
        var dialled = 0;
        factory.Simulator.Event += e => { if (e.Kind == SimulatedCallEventKind.Dialling) Interlocked.Increment(ref dialled); };
        factory.Spending.Refuse("default", Reason);
        try
        {
            var problem = await (await _client.PostJsonAsync("/api/calls", Place("greeter-refused"))).ShouldBeProblemAsync(HttpStatusCode.PaymentRequired);

            problem.Text("detail").ShouldBe(Reason);
            problem.Text("title").ShouldBe("Spending stopped");
            dialled.ShouldBe(0);
        }
        finally
        {
            factory.Spending.Allow("default");
        }
        (await _client.PostJsonAsync("/api/calls", Place("greeter-refused"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }
}
