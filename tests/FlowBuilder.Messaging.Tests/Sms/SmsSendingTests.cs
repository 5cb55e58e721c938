using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Messaging.Sms;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Sms;

public sealed class SmsSendingTests : IAsyncLifetime
{
    private readonly FakeSmsTransport _transport = new();
    private readonly SmsHarness _sms;

    public SmsSendingTests() => _sms = new SmsHarness(_transport, settings: new Dictionary<string, string?> { ["FlowBuilder:Sms:MaxAttempts"] = "3" });

    public async Task InitializeAsync() => await _sms.StartAsync();
    public async Task DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task Send_Accepted_IsSent_ThenDeliveredByItsReceipt_AndPublishesSmsDelivered()
    {
        var result = await _sms.SendAsync("+44 7700-900123", "Your code is 1234");

        result.Status.ShouldBe(SmsStatus.Sent);
        result.Parts.ShouldBe(1);
        var submitted = _transport.Submitted.ShouldHaveSingleItem();
        (submitted.To, submitted.From, submitted.Text, submitted.Reference).ShouldBe(("447700900123", "FlowBuilder", "Your code is 1234", result.MessageId));
        var sent = await _sms.Messages.GetAsync(result.MessageId, default);
        sent.ShouldNotBeNull().Parts.Single().NetworkId.ShouldBe("net-1");
        sent.Encoding.ShouldBe("gsm7");

        await _transport.ReceiptAsync("net-1", SmsDeliveryState.Delivered);

        var delivered = await _sms.WaitForAsync(result.MessageId, SmsStatus.Delivered);
        delivered.History.Select(h => h.Status).ShouldBe([SmsStatus.Queued, SmsStatus.Sending, SmsStatus.Sent, SmsStatus.Delivered]);
        var published = _sms.Events.Events.ShouldHaveSingleItem();
        published.Type.ShouldBe(EventTypes.SmsDelivered);
        ((Dictionary<string, object?>)published.Data!)["messageId"].ShouldBe(result.MessageId);
    }

    [Fact]
    public async Task Send_Rejected_FailsAtOnceWithTheNetworksError_AndIsNotRetried()
    {
        _transport.Then(_ => SmsSubmitResult.Rejected("Invalid destination address", "0x0B"));

        var result = await _sms.SendAsync("+447700900123", "hi");

        result.Status.ShouldBe(SmsStatus.Failed);
        result.Error.ShouldBe("Invalid destination address (code 0x0B)");
        _sms.Clock.Advance(TimeSpan.FromHours(1));
        (await _sms.Messages.GetAsync(result.MessageId, default))!.Status.ShouldBe(SmsStatus.Failed);
        _transport.Submitted.Count.ShouldBe(1);
        _sms.Events.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.SmsFailed);
    }

    [Fact]
    public async Task Send_Unavailable_IsRetrying_ThenSentWhenTheBackoffHasPassed()
    {
        _transport.ThenUnavailable("throttled");

        var result = await _sms.SendAsync("+447700900123", "hi");

        result.Status.ShouldBe(SmsStatus.Retrying);
        var retrying = (await _sms.Messages.GetAsync(result.MessageId, default))!;
        retrying.Error.ShouldBe("throttled");
        retrying.NextAttemptAt.ShouldBe(_sms.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        _sms.Clock.Advance(TimeSpan.FromSeconds(29));
        _transport.Submitted.Count.ShouldBe(1);

        _sms.Clock.Advance(TimeSpan.FromSeconds(1));

        var sent = await _sms.WaitForAsync(result.MessageId, SmsStatus.Sent);
        sent.Attempts.ShouldBe(2);
        sent.Error.ShouldBeNull();
        sent.History.Select(h => h.Status).ShouldContain(SmsStatus.Retrying);
        _transport.Submitted.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Send_UnavailableEveryTime_FailsAfterMaxAttempts_WithTheLastError()
    {
        _transport.ThenUnavailable("SMSC not bound");
        _transport.ThenUnavailable("SMSC not bound");
        _transport.ThenUnavailable("bind refused");

        var result = await _sms.SendAsync("+447700900123", "hi");
        _sms.Clock.Advance(TimeSpan.FromSeconds(30));
        await _sms.WaitForAsync(result.MessageId, m => m is { Status: SmsStatus.Retrying, Attempts: 2 });
        _sms.Clock.Advance(TimeSpan.FromSeconds(60));

        var failed = await _sms.WaitForAsync(result.MessageId, SmsStatus.Failed);
        failed.Attempts.ShouldBe(3);
        failed.Error.ShouldBe("Gave up after 3 attempts: bind refused");
        failed.NextAttemptAt.ShouldBeNull();
        _sms.Events.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.SmsFailed);
    }

    [Fact]
    public async Task Send_NoTransportReady_IsRetrying_UntilOneIs()
    {
        _transport.State = SmsTransportState.Reconnecting;

        var result = await _sms.SendAsync("+447700900123", "hi");

        result.Status.ShouldBe(SmsStatus.Retrying);
        result.Error.ShouldBe("No SMS transport is ready (fake: reconnecting).");
        _transport.Submitted.ShouldBeEmpty();
        _transport.State = SmsTransportState.Ready;
        _sms.Clock.Advance(TimeSpan.FromSeconds(30));
        (await _sms.WaitForAsync(result.MessageId, SmsStatus.Sent)).Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task Send_TransportThrows_IsRetryingWithTheError_NotLost()
    {
        _transport.Then(_ => throw new IOException("connection reset"));

        var result = await _sms.SendAsync("+447700900123", "hi");

        result.Status.ShouldBe(SmsStatus.Retrying);
        result.Error.ShouldBe("fake: connection reset");
    }

    [Fact]
    public async Task MultiPart_IsDeliveredOnlyWhenEveryPartIs()
    {
        _transport.Then(_ => SmsSubmitResult.Accepted(["p1", "p2"]));
        var result = await _sms.SendAsync("+447700900123", new string('x', 200));
        result.Parts.ShouldBe(2);

        await _transport.ReceiptAsync("p1", SmsDeliveryState.Delivered);
        var half = (await _sms.Messages.GetAsync(result.MessageId, default))!;
        half.Status.ShouldBe(SmsStatus.Sent);
        half.Parts.Select(p => p.State).ShouldBe(["delivered", null]);

        await _transport.ReceiptAsync("p2", SmsDeliveryState.Delivered);
        await _sms.WaitForAsync(result.MessageId, SmsStatus.Delivered);
    }

    [Fact]
    public async Task MultiPart_OnePartUndeliverable_FailsTheMessage_AndLaterReceiptsChangeNothing()
    {
        _transport.Then(_ => SmsSubmitResult.Accepted(["p1", "p2"]));
        var result = await _sms.SendAsync("+447700900123", new string('x', 200));

        await _transport.ReceiptAsync("p2", SmsDeliveryState.Undeliverable, "001");
        await _transport.ReceiptAsync("p1", SmsDeliveryState.Delivered);

        var failed = await _sms.WaitForAsync(result.MessageId, SmsStatus.Failed);
        failed.Error.ShouldBe("Part p2: undeliverable (error 001).");
        _sms.Events.Events.Select(e => e.Type).ShouldBe([EventTypes.SmsFailed]);
    }

    [Fact]
    public async Task Receipt_BeforeTheMessageIsStoredAsSent_IsAppliedOnceItIs()
    {
        _transport.BeforeAnswer = async answer => await _transport.ReceiptAsync(answer.PartIds[0], SmsDeliveryState.Delivered);

        var result = await _sms.SendAsync("+447700900123", "fast network");

        result.Status.ShouldBe(SmsStatus.Delivered);
        _sms.Events.Events.ShouldHaveSingleItem().Type.ShouldBe(EventTypes.SmsDelivered);
    }

    [Fact]
    public async Task Send_Unicode_IsStoredAsUcs2()
    {
        var result = await _sms.SendAsync("+447700900123", "Привет 👋");
        (await _sms.Messages.GetAsync(result.MessageId, default))!.Encoding.ShouldBe("ucs2");
    }

    [Fact]
    public async Task Send_WithoutAnyTransport_FailsWithTheConfigurationError()
    {
        await using var bare = await new SmsHarness(transport: null).StartAsync();

        var result = await bare.SendAsync("+447700900123", "hi");

        result.Status.ShouldBe(SmsStatus.Failed);
        result.Error.ShouldBe(SmsService.NoGatewayError);
        result.Error!.ShouldContain("FlowBuilder:Sms:Smpp:Host");
        (await bare.Messages.GetAsync(result.MessageId, default))!.Status.ShouldBe(SmsStatus.Failed);
    }
}
