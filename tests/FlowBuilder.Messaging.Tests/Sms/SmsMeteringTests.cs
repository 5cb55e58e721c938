using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Messaging.Transport;
using FlowBuilder.Testing.Billing;

namespace FlowBuilder.Messaging.Tests.Sms;

/// <summary>sms.sent: one unit per part the network took, once per message.</summary>
public sealed class SmsMeteringTests : IAsyncLifetime
{
    private readonly FakeSmsTransport _transport = new();
    private readonly FakeMeter _meter = new();
    private readonly SmsHarness _sms;

    public SmsMeteringTests() => _sms = new SmsHarness(_transport, settings: new Dictionary<string, string?> { ["FlowBuilder:Sms:MaxAttempts"] = "3" }, meter: _meter);

    public async Task InitializeAsync() => await _sms.StartAsync();
    public async Task DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task Accepted_IsMeteredPerPart_WithTheMessageIdAsSource()
    {
        _transport.Then(_ => SmsSubmitResult.Accepted(["net-a", "net-b"]));

        var result = await _sms.SendAsync("+447700900123", new string('x', 200));

        result.Status.ShouldBe(SmsStatus.Sent);
        var sent = _meter.Of(BillingMetrics.SmsSent).ShouldHaveSingleItem();
        (sent.CompanyId, sent.Quantity, sent.SourceId).ShouldBe(("default", 2m, result.MessageId));
    }

    [Fact]
    public async Task RetriedUntilAccepted_IsMeteredOnce_AndRejectedIsNotMetered()
    {
        _transport.ThenUnavailable("throttled");
        var retried = await _sms.SendAsync("+447700900123", "hi");
        retried.Status.ShouldBe(SmsStatus.Retrying);
        _meter.Calls.ShouldBeEmpty();

        _sms.Clock.Advance(TimeSpan.FromMinutes(10));
        await _sms.WaitForAsync(retried.MessageId, SmsStatus.Sent);
        await _meter.WhenCalledAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        _transport.Then(_ => SmsSubmitResult.Rejected("Invalid destination address", "0x0B"));
        (await _sms.SendAsync("+447700900124", "hi")).Status.ShouldBe(SmsStatus.Failed);

        _meter.Calls.ShouldHaveSingleItem().SourceId.ShouldBe(retried.MessageId);
    }

    [Fact]
    public async Task MeteringFailure_DoesNotFailTheMessage()
    {
        _meter.Failure = new InvalidOperationException("ledger down");

        (await _sms.SendAsync("+447700900123", "hi")).Status.ShouldBe(SmsStatus.Sent);
    }
}
