using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns.Operators;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Campaigns;

public sealed class ConnectToOperatorTests : IAsyncLifetime
{
    private readonly ScriptedOperatorConnector _connector = new();
    private readonly CallHarness _calls;

    public ConnectToOperatorTests() => _calls = new CallHarness(configure: f => f.Services.AddSingleton<IOperatorConnector>(_connector));

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task PublishAsync(object inputs) => _calls.PublishAsync(Inbound("campaign",
        [
            Node("op", "campaign.connect-operator", inputs),
            Node("connected", "control.end", new { result = "js: 'connected ' + outputs.op.operator + ' ' + outputs.op.talkSeconds + ' ' + outputs.op.recordingId" }),
            Node("abandoned", "control.end", new { result = "js: 'no-operator: ' + outputs.op.error" }),
            Node("gone", "control.end", new { result = "hung-up" }),
            Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.op.error" }),
        ],
        [Edge("op", "connected", "connected"), Edge("op", "no-operator", "abandoned"), Edge("op", "hangup", "gone"), Edge("op", "failed", "failed")]));

    private async Task<object?> RunAsync()
    {
        var (_, started) = await _calls.CallAsync(Number);
        return (await _calls.FinishedAsync(started.InstanceId!)).Result;
    }

    [Fact]
    public async Task Connected_TakesConnected_WithTheOperatorAndTalkTime_AndPassesTheCallAndInputs()
    {
        _connector.Result = new OperatorConnectResult(OperatorConnectStatus.Connected, "101", 41.6, CallerUp: true) { RecordingId = "rec-1" };
        await PublishAsync(new { maxWaitSeconds = 3, recordCall = true });

        (await RunAsync()).ShouldBe("connected 101 42 rec-1");

        var request = _connector.Requests.ShouldHaveSingleItem();
        request.MaxWait.ShouldBe(TimeSpan.FromSeconds(3));
        request.Record.ShouldBeTrue();
        request.Channel.ShouldBe("simulator");
        request.CallId.ShouldStartWith("simulator-");
    }

    [Fact]
    public async Task MaxWait_DefaultsToTheRulesTwoSeconds()
    {
        _connector.Result = new OperatorConnectResult(OperatorConnectStatus.NoOperator, Error: "No operator was free.");
        await PublishAsync(new { });

        (await RunAsync()).ShouldBe("no-operator: No operator was free.");
        _connector.Requests.ShouldHaveSingleItem().MaxWait.ShouldBe(TimeSpan.FromSeconds(2));
        _connector.Requests.Single().Record.ShouldBeFalse();
    }

    [Theory]
    [InlineData(OperatorConnectStatus.HungUp, "hung-up")]
    [InlineData(OperatorConnectStatus.Failed, "failed: why")]
    public async Task OtherResults_TakeTheirOutcome(OperatorConnectStatus status, string expected)
    {
        _connector.Result = new OperatorConnectResult(status, Error: "why");
        await PublishAsync(new { });

        (await RunAsync()).ShouldBe(expected);
    }

    [Fact]
    public async Task WithoutCampaignOperatorsInTheHost_FailsSayingSo()
    {
        await using var bare = new CallHarness();
        await bare.PublishAsync(Inbound("campaign",
            [Node("op", "campaign.connect-operator", new { }), Node("failed", "control.end", new { result = "js: outputs.op.error" })],
            [Edge("op", "failed", "failed")]));
        var (_, started) = await bare.CallAsync(Number);

        (await bare.FinishedAsync(started.InstanceId!)).Result
            .ShouldBe("This host has no campaign operators: Connect to operator runs only in the flows of campaigns (the server provides it).");
    }

    [Fact]
    public void Descriptor_IsInTheCampaignsCategory_WithItsOutcomes()
    {
        var descriptor = _calls.Host.Registry.Descriptors.Single(d => d.Type == "campaign.connect-operator");

        descriptor.Category.ShouldBe("Campaigns");
        descriptor.Outcomes.ShouldBe(["connected", "no-operator", "hangup", "failed"]);
    }

    private sealed record ConnectRequest(string InstanceId, string Channel, string CallId, TimeSpan MaxWait, bool Record);

    private sealed class ScriptedOperatorConnector : IOperatorConnector
    {
        public OperatorConnectResult Result { get; set; } = new(OperatorConnectStatus.Failed, Error: "not scripted");

        public List<ConnectRequest> Requests { get; } = [];

        public ValueTask<OperatorConnectResult> ConnectAsync(string instanceId, ICallControl channel, string callId, TimeSpan maxWait, CancellationToken cancellationToken) =>
            ConnectAsync(instanceId, channel, callId, maxWait, record: false, cancellationToken);

        public ValueTask<OperatorConnectResult> ConnectAsync(string instanceId, ICallControl channel, string callId, TimeSpan maxWait, bool record, CancellationToken cancellationToken)
        {
            Requests.Add(new ConnectRequest(instanceId, channel.Channel, callId, maxWait, record));
            return ValueTask.FromResult(Result);
        }
    }
}
