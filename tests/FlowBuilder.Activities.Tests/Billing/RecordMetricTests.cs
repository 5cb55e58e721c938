using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing.Billing;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Testing.FlowFactory;

namespace FlowBuilder.Activities.Tests.Billing;

public sealed class RecordMetricTests : IAsyncLifetime
{
    private readonly FakeMeter _meter = new() { UnitPrice = 0.25m, Balance = 10m };
    private readonly TestEngine _host;

    public RecordMetricTests() => _host = new TestEngine(f => f.Services.AddSingleton<IMeter>(_meter));

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<InstanceSettled> RunAsync(object inputs, object? secondInputs = null)
    {
        var nodes = new List<Engine.Definitions.FlowNode> { Node("count", "billing.record-metric", inputs) };
        var edges = new List<Engine.Definitions.FlowEdge>();
        var last = "count";
        if (secondInputs is not null)
        {
            nodes.Add(Node("again", "billing.record-metric", secondInputs));
            edges.Add(Edge("count", "recorded", "again"));
            edges.Add(Edge("count", "duplicate", "again"));
            last = "again";
        }
        nodes.Add(Node("recorded", "control.end", new { result = $"js: 'recorded ' + outputs.{last}.amount + ' ' + outputs.{last}.balance + ' ' + outputs.{last}.key" }));
        nodes.Add(Node("duplicate", "control.end", new { result = $"js: 'duplicate ' + outputs.{last}.amount + ' ' + outputs.{last}.balance" }));
        edges.Add(Edge(last, "recorded", "recorded"));
        edges.Add(Edge(last, "duplicate", "duplicate"));
        return _host.RunAsync(_host.Compile(Flow("metric", nodes, edges)));
    }

    [Fact]
    public async Task RecordMetric_NewEvent_TakesRecordedWithTheChargeAndBalance_KeyedByTheNodesExecution()
    {
        var settled = await RunAsync(new { metric = "orders.placed", quantity = 2 });

        settled.Status.ShouldBe(InstanceStatus.Completed);
        var recorded = _meter.Recorded.ShouldHaveSingleItem();
        recorded.Metric.ShouldBe("orders.placed");
        recorded.Quantity.ShouldBe(2m);
        recorded.CompanyId.ShouldBe("default");
        recorded.SourceId.ShouldStartWith($"{settled.InstanceId}:count:");
        settled.Result.ShouldBe($"recorded 0.5 9.5 {recorded.SourceId}");
    }

    [Fact]
    public async Task RecordMetric_SameKeyTwice_ChargesOnce_AndTakesDuplicate()
    {
        var settled = await RunAsync(new { metric = "orders.placed", key = "order-42" }, new { metric = "orders.placed", key = "order-42" });

        settled.Result.ShouldBe("duplicate 0 9.75");
        _meter.Calls.Count.ShouldBe(2);
        _meter.Recorded.ShouldHaveSingleItem().SourceId.ShouldBe("order-42");
    }

    [Fact]
    public async Task RecordMetric_QuantityLeftOut_CountsOne()
    {
        await RunAsync(new { metric = "leads.qualified" });

        _meter.Recorded.ShouldHaveSingleItem().Quantity.ShouldBe(1m);
    }

    [Theory]
    [InlineData("Orders Placed")]
    [InlineData(".starts-with-a-dot")]
    public async Task RecordMetric_BadMetricName_FaultsNamingTheNodeAndTheRule(string metric)
    {
        var settled = await RunAsync(new { metric });

        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultNodeId.ShouldBe("count");
        settled.FaultMessage.ShouldNotBeNull().ShouldContain($"Record metric node 'count': '{metric}' is not a metric name");
        settled.FaultMessage.ShouldContain("lower-case letters");
        _meter.Calls.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task RecordMetric_QuantityNotAboveZero_Faults(double quantity)
    {
        var settled = await RunAsync(new { metric = "orders.placed", quantity });

        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("quantity must be more than 0");
        _meter.Calls.ShouldBeEmpty();
    }

    [Fact]
    public void RecordMetric_IsInThePaletteUnderBilling_WithItsOutcomes()
    {
        _host.Registry.TryResolve("billing.record-metric@1", out var registration).ShouldBeTrue();

        registration.Descriptor.Category.ShouldBe("Billing");
        registration.Descriptor.DisplayName.ShouldBe("Record metric");
        registration.Descriptor.Outcomes.ShouldBe(["recorded", "duplicate"]);
    }
}
