using FlowBuilder.Messaging.Tests.Infrastructure;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Smpp;

/// <summary>The SMPP client against a real SMSC: the Net::SMPP simulator in tests/peers/smpp (libnet-smpp-perl).</summary>
public sealed class SmppTransportSimulatorTests : IAsyncLifetime
{
    private readonly RecordingSink _sink = new();
    private SmscSimulator _smsc = null!;

    public async Task InitializeAsync() => _smsc = await SmscSimulator.StartAsync();

    public async Task DisposeAsync() => await _smsc.DisposeAsync();

    [Fact]
    public async Task SubmitGsm7_Bound_AcceptedAndDeliveredReceiptNamesTheId()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);
        transport.State.ShouldBe(SmsTransportState.Ready);

        var result = await transport.SubmitAsync(new OutboundSms("12345", "447700900001", "Hello {World} costs 5€"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted, result.Error);
        result.PartIds.Count.ShouldBe(1);
        var receipt = await _sink.NextReceiptAsync();
        receipt.NetworkMessageId.ShouldBe(result.PartIds[0]);
        receipt.State.ShouldBe(SmsDeliveryState.Delivered);
        receipt.ErrorCode.ShouldBe("000");
        var line = await _smsc.WaitForLineAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal));
        line.ShouldContain("dcs=0 esm=0 reg_dlr=1");
        line.ShouldContain("from=12345 to=447700900001");
        (await _smsc.WaitForLineAsync(l => l.Contains("bind_transceiver", StringComparison.Ordinal))).ShouldContain("system_id=flowbuilder password=secret");
        transport.Counters.Accepted.ShouldBe(1);
    }

    [Fact]
    public async Task Submit_To999Number_ReceiptIsUndeliverable()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);

        var result = await transport.SubmitAsync(new OutboundSms("12345", "99912345", "will fail"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted);
        var receipt = await _sink.NextReceiptAsync();
        receipt.NetworkMessageId.ShouldBe(result.PartIds[0]);
        receipt.State.ShouldBe(SmsDeliveryState.Undeliverable);
        receipt.ErrorCode.ShouldBe("001");
        receipt.Raw!.ShouldContain("stat:UNDELIV");
    }

    [Fact]
    public async Task SubmitWithoutReceipt_RegisteredDeliveryZero()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);

        var result = await transport.SubmitAsync(new OutboundSms("12345", "447700900001", "no receipt", RequestReceipt: false), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted);
        (await _smsc.WaitForLineAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal))).ShouldContain("reg_dlr=0");
    }

    [Fact]
    public async Task SubmitUcs2_TextOutsideGsm_SentWithDataCoding8()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);

        var result = await transport.SubmitAsync(new OutboundSms("12345", "447700900002", "Привет 👋"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted);
        (await _smsc.WaitForLineAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal))).ShouldContain("dcs=8 esm=0");
        (await _sink.NextReceiptAsync()).State.ShouldBe(SmsDeliveryState.Delivered);
    }

    [Fact]
    public async Task SubmitLongText_ThreeConcatenatedParts_AllAcceptedWithUdhi()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);
        var text = string.Concat(Enumerable.Repeat("0123456789", 40)); // 400 septets: 153 + 153 + 94

        var result = await transport.SubmitAsync(new OutboundSms("12345", "447700900003", text), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted, result.Error);
        result.PartIds.Count.ShouldBe(3);
        result.PartIds.Distinct().Count().ShouldBe(3);
        var submits = await _smsc.WaitForLinesAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal), 3);
        submits.Count.ShouldBe(3);
        submits.ShouldAllBe(l => l.Contains("esm=64"));
        var receipts = new[] { await _sink.NextReceiptAsync(), await _sink.NextReceiptAsync(), await _sink.NextReceiptAsync() };
        receipts.Select(r => r.NetworkMessageId).Order().ShouldBe(result.PartIds.Order());
    }

    [Fact]
    public async Task Dispose_Bound_SendsUnbind()
    {
        var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);

        await transport.DisposeAsync();

        await _smsc.WaitForLineAsync(l => l == "smsc: unbind");
        transport.State.ShouldBe(SmsTransportState.Stopped);
    }

    [Fact]
    public async Task EnquireLink_Idle_SentAndAnswered()
    {
        await using var transport = TransportStates.Create(_smsc.Port, o => o.EnquireLinkSeconds = 0.2);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        transport.EnquireLinkAnswered += () => answered.TrySetResult();
        await transport.StartAsync(_sink, CancellationToken.None);

        await answered.Task.WaitAsync(TestLimits.Network);

        transport.Counters.EnquireLinks.ShouldBeGreaterThanOrEqualTo(1);
        transport.State.ShouldBe(SmsTransportState.Ready);
    }

    [Fact]
    public async Task SimulatorKilledAndRestarted_SubmitUnavailableThenRebindsAndSends()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);
        var port = _smsc.Port;
        var reconnecting = transport.WaitForAsync(SmsTransportState.Reconnecting);

        await _smsc.DisposeAsync();
        await reconnecting;
        var whileDown = await transport.SubmitAsync(new OutboundSms("12345", "447700900004", "while down"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(5));

        whileDown.Status.ShouldBe(SmsSubmitStatus.Unavailable);
        whileDown.Error!.ShouldContain("Not bound");
        var ready = transport.WaitForAsync(SmsTransportState.Ready);
        _smsc = await SmscSimulator.StartAsync(port);
        await ready;
        var afterRestart = await transport.SubmitAsync(new OutboundSms("12345", "447700900004", "after restart"), CancellationToken.None);
        afterRestart.Status.ShouldBe(SmsSubmitStatus.Accepted, afterRestart.Error);
        (await _sink.NextReceiptAsync()).NetworkMessageId.ShouldBe(afterRestart.PartIds[0]);
        transport.Counters.Reconnects.ShouldBeGreaterThanOrEqualTo(1);
    }
}
