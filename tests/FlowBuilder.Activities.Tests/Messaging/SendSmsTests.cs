using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Activities.Tests.Messaging;

public sealed class SendSmsTests : IAsyncLifetime
{
    private readonly FakeSmsGateway _gateway = new();
    private readonly TestEngine _host;

    public SendSmsTests() => _host = new TestEngine(f => f.Services.AddSingleton<ISmsGateway>(_gateway));

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Send(bool wait = false) => new { to = "{{input.to}}", body = "Hello {{input.name}}", waitForDelivery = wait, deliveryTimeoutSeconds = 60 };

    private static Dictionary<string, object?> Input => new() { ["to"] = "+44 7700-900123", ["name"] = "Ada" };

    [Fact]
    public async Task SendSms_Accepted_TakesSent_WithTheTemplatedTextAndTheSendingNode()
    {
        var plan = _host.Compile(Flow("f", [Node("sms", "messaging.send-sms", Send()), Node("end", "control.end", new { result = "js: outputs.sms.status + ':' + outputs.sms.messageId" })],
            [Edge("sms", "sent", "end")]));
        var settled = await _host.RunAsync(plan, Input);
        settled.Result.ShouldBe("sent:sms_1");
        var request = _gateway.Sent.ShouldHaveSingleItem();
        request.To.ShouldBe("+44 7700-900123");
        request.Text.ShouldBe("Hello Ada");
        request.From.ShouldBeNull();
        request.InstanceId.ShouldBe(settled.InstanceId);
        request.NodeId.ShouldBe("sms");
    }

    [Theory]
    [InlineData(SmsStatus.OptedOut, "opted-out")]
    [InlineData(SmsStatus.Failed, "failed")]
    [InlineData(SmsStatus.Retrying, "sent")]
    public async Task SendSms_WithoutWaiting_TakesTheOutcomeOfTheSend(SmsStatus status, string outcome)
    {
        _gateway.Status = status;
        var plan = _host.Compile(Flow("f",
            [Node("sms", "messaging.send-sms", Send()), Node("sent", "control.end", new { result = "sent" }), Node("failed", "control.end", new { result = "failed" }), Node("opted", "control.end", new { result = "opted-out" })],
            [Edge("sms", "sent", "sent"), Edge("sms", "failed", "failed"), Edge("sms", "opted-out", "opted")]));
        (await _host.RunAsync(plan, Input)).Result.ShouldBe(outcome);
    }

    [Fact]
    public async Task SendSms_EmptyRecipient_FailsWithoutSending()
    {
        var plan = _host.Compile(Flow("f",
            [Node("sms", "messaging.send-sms", new { to = "{{input.nobody}}", body = "hi" }), Node("end", "control.end", new { result = "js: outputs.sms.error" })],
            [Edge("sms", "failed", "end")]));
        ((string)(await _host.RunAsync(plan))!.Result!).ShouldContain("needs a recipient number ('to' is '')");
        _gateway.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task SendSms_WaitForDelivery_SuspendsThenResumesDeliveredOnTheReceipt()
    {
        var plan = _host.Compile(Flow("f",
            [Node("sms", "messaging.send-sms", Send(wait: true)), Node("end", "control.end", new { result = "js: outputs.sms.status + ':' + outputs.sms.messageId" })],
            [Edge("sms", "delivered", "end")]));
        var settled = await _host.RunAsync(plan, Input);
        settled.Status.ShouldBe(InstanceStatus.Suspended);
        var done = _host.Engine.WhenSettledAsync(settled.InstanceId, s => s.Status.IsFinished());
        await _host.Engine.DeliverAsync(settled.InstanceId, new Stimulus(SmsStimuli.Status, Receipt("sms_1", "delivered"), "sms_1"));
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("delivered:sms_1");
    }

    [Fact]
    public async Task SendSms_WaitForDelivery_ReceiptBeforeTheSuspension_IsKeptAndTaken()
    {
        _gateway.BeforeReturn = async result =>
        {
            var instanceId = _gateway.Sent[^1].InstanceId!;
            (await _host.Engine.DeliverAsync(instanceId, new Stimulus(SmsStimuli.Status, Receipt(result.MessageId, "failed", "undeliverable"), result.MessageId)))
                .ShouldBe(DeliveryResult.Accepted);
        };
        var plan = _host.Compile(Flow("f",
            [Node("sms", "messaging.send-sms", Send(wait: true)), Node("end", "control.end", new { result = "js: outputs.sms.status + ':' + outputs.sms.error" })],
            [Edge("sms", "failed", "end")]));
        var handle = _host.Engine.Start(plan, new StartRequest("default", "f", Input: Input));
        (await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("failed:undeliverable");
    }

    [Fact]
    public async Task SendSms_WaitForDelivery_NoReceipt_TakesTimeoutWhenTheClockPassesTheTimeout()
    {
        var plan = _host.Compile(Flow("f",
            [Node("sms", "messaging.send-sms", Send(wait: true)), Node("end", "control.end", new { result = "js: outputs.sms.status" })],
            [Edge("sms", "timeout", "end")]));
        var settled = await _host.RunAsync(plan, Input);
        settled.Status.ShouldBe(InstanceStatus.Suspended);
        var done = _host.Engine.WhenSettledAsync(settled.InstanceId, s => s.Status.IsFinished());
        _host.Clock.Advance(TimeSpan.FromSeconds(59));
        done.IsCompleted.ShouldBeFalse();
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("timeout");
    }

    [Fact]
    public void SendSms_Descriptor_HasTheMessagingOutcomes()
    {
        _host.Registry.TryResolve("messaging.send-sms", out var registration).ShouldBeTrue();
        registration.Descriptor.Category.ShouldBe("Messaging");
        registration.Descriptor.Waits.ShouldBeTrue();
        registration.Descriptor.Outcomes.ShouldBe(["sent", "delivered", "failed", "opted-out", "timeout"], ignoreOrder: true);
        registration.Descriptor.Outputs.Select(o => o.Name).ShouldBe(["messageId", "status", "parts", "error"], ignoreOrder: true);
    }

    private static Dictionary<string, object?> Receipt(string messageId, string status, string? error = null) => new()
    {
        ["messageId"] = messageId,
        ["status"] = status,
        ["parts"] = 1,
        ["error"] = error,
    };
}
