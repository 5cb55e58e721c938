using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Messaging.Tests.Sms;

public sealed class SmsInboundTests : IAsyncLifetime
{
    private readonly FakeSmsTransport _transport = new();
    private readonly SmsHarness _sms;

    public SmsInboundTests() => _sms = new SmsHarness(_transport, settings: new Dictionary<string, string?> { ["FlowBuilder:Sms:MaxAttempts"] = "5" });

    public async Task InitializeAsync() => await _sms.StartAsync();
    public async Task DisposeAsync() => await _sms.DisposeAsync();

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop please")]
    [InlineData("Unsubscribe")]
    [InlineData("quit.")]
    public async Task InboundStop_PutsTheSenderOnTheOptOutList_AndSendSkipsIt(string text)
    {
        await _transport.InboundAsync("+44 7700-900123", "FlowBuilder", text);

        (await _sms.OptOuts.FindAsync("default", "447700900123", default)).ShouldNotBeNull();
        var result = await _sms.SendAsync("+447700900123", "Sale today!");
        result.Status.ShouldBe(SmsStatus.OptedOut);
        result.Error.ShouldNotBeNull().ShouldContain("opted out");
        _transport.Submitted.ShouldBeEmpty();
        (await _sms.Messages.GetAsync(result.MessageId, default))!.Status.ShouldBe(SmsStatus.OptedOut);
    }

    [Fact]
    public async Task InboundStart_TakesTheSenderOffTheList()
    {
        await _transport.InboundAsync("+447700900123", "FlowBuilder", "STOP");
        await _transport.InboundAsync("+447700900123", "FlowBuilder", "start");

        (await _sms.OptOuts.FindAsync("default", "447700900123", default)).ShouldBeNull();
        (await _sms.SendAsync("+447700900123", "Welcome back")).Status.ShouldBe(SmsStatus.Sent);
    }

    [Fact]
    public async Task InboundStop_OptsOutOfTheCompanyThatLastWroteToTheSender()
    {
        await _sms.Gateway.SendAsync(new SmsRequest("acme", "+447700900123", null, "Your order shipped"));

        await _transport.InboundAsync("447700900123", "FlowBuilder", "STOP");

        (await _sms.OptOuts.FindAsync("acme", "447700900123", default)).ShouldNotBeNull().Source.ShouldBe("STOP");
        (await _sms.OptOuts.FindAsync("default", "447700900123", default)).ShouldBeNull();
    }

    [Fact]
    public async Task InboundKeyword_StartsTheFlowBoundToIt_WithTheMessageAsTrigger()
    {
        await PublishAsync("join-flow", "Join");

        await _transport.InboundAsync("+447700900123", "+447700900999", "join the club");

        var inbound = (await _sms.Messages.ListAsync(new SmsMessageQuery("default", Direction: SmsDirection.Inbound), default)).Items.ShouldHaveSingleItem();
        inbound.Status.ShouldBe(SmsStatus.Received);
        var instanceId = inbound.InstanceId.ShouldNotBeNull();
        var finished = await _sms.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        finished.Result.ShouldBe("JOIN|447700900123|447700900999|join the club|2026-01-05T09:00:00.0000000+00:00");
        var received = _sms.Events.Events.ShouldHaveSingleItem();
        received.Type.ShouldBe(EventTypes.SmsReceived);
        ((Dictionary<string, object?>)received.Data!)["flowId"].ShouldBe("join-flow");
    }

    [Fact]
    public async Task InboundWithoutAKeywordFlow_IsStoredAndPublished_NotDropped()
    {
        await PublishAsync("join-flow", "JOIN");

        await _transport.InboundAsync("+447700900123", "FlowBuilder", "hello there");

        var inbound = (await _sms.Messages.ListAsync(new SmsMessageQuery("default", Direction: SmsDirection.Inbound), default)).Items.ShouldHaveSingleItem();
        inbound.Text.ShouldBe("hello there");
        inbound.InstanceId.ShouldBeNull();
        inbound.History.Single().Detail.ShouldBe("no published flow has keyword 'HELLO'");
        _sms.Events.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.SmsReceived);
    }

    [Fact]
    public async Task Publishing_ASecondFlowWithTheSameKeyword_IsAConflict()
    {
        await PublishAsync("first", "JOIN");

        var error = await Should.ThrowAsync<FlowBuilder.Engine.Persistence.TriggerConflictException>(() => PublishAsync("second", " join ").AsTask());
        error.OwnerFlowId.ShouldBe("first");
    }

    [Fact]
    public async Task SendSms_WaitingForDelivery_ResumesWhenTheReceiptComes()
    {
        var plan = _sms.Compile(FlowFactory.Flow("notify",
            [FlowFactory.Node("sms", "messaging.send-sms", new { to = "+447700900123", body = "Your table is ready", waitForDelivery = true }),
             FlowFactory.Node("end", "control.end", new { result = "js: outputs.sms.status + ':' + outputs.sms.parts" })],
            [FlowFactory.Edge("sms", "delivered", "end")]));
        var handle = _sms.Engine.Start(plan, new StartRequest("default", "notify"));
        (await handle.Settled.WaitAsync(TimeSpan.FromSeconds(10))).Status.ShouldBe(InstanceStatus.Suspended);
        var message = (await _sms.Messages.ListAsync(new SmsMessageQuery("default"), default)).Items.ShouldHaveSingleItem();
        (message.InstanceId, message.NodeId).ShouldBe((handle.InstanceId, "sms"));

        await _transport.ReceiptAsync(message.Parts[0].NetworkId, FlowBuilder.Messaging.Transport.SmsDeliveryState.Delivered);

        (await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("delivered:1");
    }

    [Fact]
    public async Task SendSms_WaitingForDelivery_TakesFailedWhenRetriesRunOut()
    {
        for (var i = 0; i < 5; i++) _transport.ThenUnavailable("SMSC down");
        var plan = _sms.Compile(FlowFactory.Flow("notify",
            [FlowFactory.Node("sms", "messaging.send-sms", new { to = "+447700900123", body = "hi", waitForDelivery = true, deliveryTimeoutSeconds = 86400 }),
             FlowFactory.Node("end", "control.end", new { result = "js: outputs.sms.status + ':' + outputs.sms.error" })],
            [FlowFactory.Edge("sms", "failed", "end")]));
        var handle = _sms.Engine.Start(plan, new StartRequest("default", "notify"));
        (await handle.Settled.WaitAsync(TimeSpan.FromSeconds(10))).Status.ShouldBe(InstanceStatus.Suspended);
        var id = (await _sms.Messages.ListAsync(new SmsMessageQuery("default"), default)).Items.Single().Id;

        for (var attempt = 2; attempt <= 5; attempt++)
        {
            var retrying = await _sms.WaitForAsync(id, m => m.Status == SmsStatus.Retrying && m.Attempts == attempt - 1);
            _sms.Clock.Advance(retrying.NextAttemptAt!.Value - _sms.Clock.GetUtcNow());
        }

        (await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("failed:Gave up after 5 attempts: SMSC down");
    }

    private ValueTask<Engine.Persistence.StoredFlowVersion> PublishAsync(string flowId, string keyword) => PublishCoreAsync(flowId, keyword);

    private async ValueTask<Engine.Persistence.StoredFlowVersion> PublishCoreAsync(string flowId, string keyword)
    {
        var flow = FlowFactory.Flow(flowId,
            [FlowFactory.Node("end", "control.end", new { result = "js: [trigger.keyword, trigger.from, trigger.to, trigger.text, trigger.receivedAt].join('|')" })])
            with { Trigger = new FlowTrigger { Type = TriggerType.Sms, Keyword = keyword } };
        await _sms.Flows.CreateAsync("default", flow, default);
        return await _sms.Flows.PublishAsync("default", flowId, null, null, default);
    }
}
