using FlowBuilder.Messaging.Smpp;
using FlowBuilder.Messaging.Tests.Infrastructure;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Smpp;

/// <summary>Error paths against a scripted SMSC (the real simulator accepts everything).</summary>
public sealed class SmppTransportErrorTests : IAsyncLifetime
{
    private readonly ScriptedSmsc _smsc = new();
    private readonly RecordingSink _sink = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _smsc.DisposeAsync();

    [Theory]
    [InlineData(0x0Bu, SmsSubmitStatus.Rejected, "0x0000000B")]
    [InlineData(0x0Au, SmsSubmitStatus.Rejected, "0x0000000A")]
    [InlineData(0x58u, SmsSubmitStatus.Unavailable, "0x00000058")]
    [InlineData(0x14u, SmsSubmitStatus.Unavailable, "0x00000014")]
    public async Task SubmitSmResp_ErrorStatus_MapsToRejectedOrUnavailable(uint status, SmsSubmitStatus expected, string code)
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);

        var submitting = transport.SubmitAsync(new OutboundSms("12345", "0", "hi"), CancellationToken.None);
        var (pdu, stream) = await _smsc.NextAsync();
        pdu.CommandId.ShouldBe(SmppCommand.SubmitSm);
        await ScriptedSmsc.SendAsync(stream, ScriptedSmsc.SubmitResp(pdu, status, null));
        var result = await submitting;

        result.Status.ShouldBe(expected);
        result.ErrorCode.ShouldBe(code);
        result.PartIds.ShouldBeEmpty();
        result.Error!.ShouldContain("ESME_R");
    }

    [Fact]
    public async Task SubmitSmResp_Missing_UnavailableAfterResponseTimeout()
    {
        await using var transport = TransportStates.Create(_smsc.Port, o => o.ResponseTimeoutSeconds = 0.3);
        await transport.StartAsync(_sink, CancellationToken.None);

        var result = await transport.SubmitAsync(new OutboundSms("12345", "447700900001", "hi"), CancellationToken.None).WaitAsync(TestLimits.Network);

        result.Status.ShouldBe(SmsSubmitStatus.Unavailable);
        result.Error!.ShouldContain("No submit_sm_resp");
    }

    [Fact]
    public async Task ConnectionDropsBeforeResp_OutstandingSubmitUnavailable()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        var connection = _smsc.NextConnectionAsync();
        await transport.StartAsync(_sink, CancellationToken.None);
        var client = await connection;

        var submitting = transport.SubmitAsync(new OutboundSms("12345", "447700900001", "hi"), CancellationToken.None);
        await _smsc.NextAsync();
        client.Client.Shutdown(System.Net.Sockets.SocketShutdown.Both);
        client.Dispose();
        var result = await submitting.WaitAsync(TestLimits.Network);

        result.Status.ShouldBe(SmsSubmitStatus.Unavailable);
        result.Error!.ShouldContain("lost");
    }

    [Fact]
    public async Task LongMessage_SecondPartRejected_ReportsRejectedWithTheTakenId()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        await transport.StartAsync(_sink, CancellationToken.None);

        var submitting = transport.SubmitAsync(new OutboundSms("12345", "447700900001", new string('x', 300)), CancellationToken.None);
        var (first, stream) = await _smsc.NextAsync();
        await ScriptedSmsc.SendAsync(stream, ScriptedSmsc.SubmitResp(first, SmppStatus.Ok, "part-1"));
        var (second, _) = await _smsc.NextAsync();
        await ScriptedSmsc.SendAsync(stream, ScriptedSmsc.SubmitResp(second, 0x66, null));
        var result = await submitting;

        result.Status.ShouldBe(SmsSubmitStatus.Rejected);
        result.PartIds.ShouldBe(["part-1"]);
        result.Error!.ShouldContain("part-1");
        SmppShortMessage.Decode(second.Body).EsmClass.ShouldBe((byte)0x40);
    }

    [Fact]
    public async Task EnquireLinkFromSmsc_Answered()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        var connection = _smsc.NextConnectionAsync();
        await transport.StartAsync(_sink, CancellationToken.None);
        var stream = (await connection).GetStream();

        await ScriptedSmsc.SendAsync(stream, SmppPdu.Request(SmppCommand.EnquireLink, 4242));
        var (answer, _) = await _smsc.NextAsync();

        answer.CommandId.ShouldBe(SmppCommand.EnquireLinkResp);
        answer.Sequence.ShouldBe(4242u);
        answer.Status.ShouldBe(SmppStatus.Ok);
    }

    [Fact]
    public async Task EnquireLinkResp_Missing_Reconnects()
    {
        await using var transport = TransportStates.Create(_smsc.Port, o => { o.EnquireLinkSeconds = 0.2; o.ResponseTimeoutSeconds = 0.3; });
        var first = _smsc.NextConnectionAsync();
        await transport.StartAsync(_sink, CancellationToken.None);
        await first;
        var reconnecting = transport.WaitForAsync(SmsTransportState.Reconnecting);

        var (enquire, _) = await _smsc.NextAsync(); // never answered
        enquire.CommandId.ShouldBe(SmppCommand.EnquireLink);
        await reconnecting;
        await _smsc.NextConnectionAsync();
        await transport.WaitForAsync(SmsTransportState.Ready);

        _smsc.Connections.ShouldBe(2);
    }

    [Fact]
    public async Task WindowOfTwo_ThirdSubmitWaitsForAResponse()
    {
        await using var transport = TransportStates.Create(_smsc.Port, o => o.WindowSize = 2);
        await transport.StartAsync(_sink, CancellationToken.None);

        var submits = Enumerable.Range(1, 3).Select(i => transport.SubmitAsync(new OutboundSms("1", "44770090000" + i, "m" + i), CancellationToken.None)).ToList();
        var (a, stream) = await _smsc.NextAsync();
        var (b, _) = await _smsc.NextAsync();
        // A round trip the client answers: the third submit_sm, started before it, would arrive first without the window.
        await ScriptedSmsc.SendAsync(stream, SmppPdu.Request(SmppCommand.EnquireLink, 77));
        var (probe, _) = await _smsc.NextAsync();
        probe.CommandId.ShouldBe(SmppCommand.EnquireLinkResp);
        await ScriptedSmsc.SendAsync(stream, ScriptedSmsc.SubmitResp(a, SmppStatus.Ok, "a"));
        var (c, _) = await _smsc.NextAsync();
        c.CommandId.ShouldBe(SmppCommand.SubmitSm);
        await ScriptedSmsc.SendAsync(stream, ScriptedSmsc.SubmitResp(b, SmppStatus.Ok, "b"));
        await ScriptedSmsc.SendAsync(stream, ScriptedSmsc.SubmitResp(c, SmppStatus.Ok, "c"));

        var results = await Task.WhenAll(submits);
        results.ShouldAllBe(r => r.Status == SmsSubmitStatus.Accepted);
        results.SelectMany(r => r.PartIds).Order().ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public async Task ConcatenatedMo_ThreeParts_ReassembledInOrder()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        var connection = _smsc.NextConnectionAsync();
        await transport.StartAsync(_sink, CancellationToken.None);
        var stream = (await connection).GetStream();
        string[] texts = ["Hello ", "from the ", "€ zone"];

        foreach (var (index, seq) in new[] { (2, 10u), (0, 11u), (1, 12u) })
        {
            var body = new SmppShortMessage
            {
                SourceAddress = "447700900123", DestinationAddress = "12345", EsmClass = 0x40, DataCoding = 0,
                ShortMessage = [0x05, 0x00, 0x03, 0x99, 0x03, (byte)(index + 1), .. FlowBuilder.Messaging.Encoding.GsmAlphabet.Encode(texts[index])],
            }.Encode();
            await ScriptedSmsc.SendAsync(stream, SmppPdu.Request(SmppCommand.DeliverSm, seq, body));
            var (resp, _) = await _smsc.NextAsync();
            resp.CommandId.ShouldBe(SmppCommand.DeliverSmResp);
            resp.Sequence.ShouldBe(seq);
            resp.Status.ShouldBe(SmppStatus.Ok);
        }

        var inbound = await _sink.NextInboundAsync();
        inbound.Text.ShouldBe("Hello from the € zone");
        inbound.From.ShouldBe("447700900123");
    }

    [Fact]
    public async Task UcsMo_DecodedByDataCoding()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        var connection = _smsc.NextConnectionAsync();
        await transport.StartAsync(_sink, CancellationToken.None);
        var stream = (await connection).GetStream();

        var body = new SmppShortMessage
        {
            SourceAddress = "447700900123", DestinationAddress = "12345", DataCoding = 8,
            ShortMessage = System.Text.Encoding.BigEndianUnicode.GetBytes("Да 👍"),
        }.Encode();
        await ScriptedSmsc.SendAsync(stream, SmppPdu.Request(SmppCommand.DeliverSm, 5, body));

        (await _sink.NextInboundAsync()).Text.ShouldBe("Да 👍");
    }

    [Fact]
    public async Task ReceiptWithoutTlvs_StateFromText()
    {
        await using var transport = TransportStates.Create(_smsc.Port);
        var connection = _smsc.NextConnectionAsync();
        await transport.StartAsync(_sink, CancellationToken.None);
        var stream = (await connection).GetStream();

        var body = new SmppShortMessage
        {
            SourceAddress = "447700900123", DestinationAddress = "12345", EsmClass = 0x04,
            ShortMessage = "id:ab12 sub:001 dlvrd:000 submit date:2612060500 done date:2612060501 stat:EXPIRED err:027 text:"u8.ToArray(),
        }.Encode();
        await ScriptedSmsc.SendAsync(stream, SmppPdu.Request(SmppCommand.DeliverSm, 6, body));

        var receipt = await _sink.NextReceiptAsync();
        receipt.NetworkMessageId.ShouldBe("ab12");
        receipt.State.ShouldBe(SmsDeliveryState.Expired);
        receipt.ErrorCode.ShouldBe("027");
    }

    [Fact]
    public async Task BindRefused_NotReadyAndKeepsRetrying()
    {
        await using var refusing = new ScriptedSmsc(bindStatus: SmppStatus.InvalidPassword);
        await using var transport = TransportStates.Create(refusing.Port);
        var retried = refusing.NextConnectionAsync().ContinueWith(_ => refusing.NextConnectionAsync(), TaskScheduler.Default).Unwrap();

        await transport.StartAsync(_sink, CancellationToken.None);

        transport.State.ShouldNotBe(SmsTransportState.Ready);
        await retried;
        (await transport.SubmitAsync(new OutboundSms("1", "2", "x"), CancellationToken.None)).Status.ShouldBe(SmsSubmitStatus.Unavailable);
    }
}
