using System.Text.Json;
using FlowBuilder.Messaging.HttpGateway;
using FlowBuilder.Messaging.Tests.Infrastructure;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Messaging.Tests.HttpGateway;

/// <summary>The HTTP SMS gateway transport against a loopback Kestrel receiver.</summary>
public sealed class HttpGatewayTransportTests : IAsyncLifetime
{
    private GatewayReceiver _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayReceiver.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Submit_Json2xx_AcceptedWithTheGatewayId()
    {
        await using var transport = Create(o => o.Authorization = "Bearer t0ken");

        var result = await transport.SubmitAsync(new OutboundSms("Shop", "447700900001", "Hello €"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted);
        result.PartIds.ShouldBe(["gw-1"]);
        var request = await _gateway.NextAsync();
        request.Method.ShouldBe("POST");
        request.ContentType!.ShouldStartWith("application/json");
        request.Header("Authorization").ShouldBe("Bearer t0ken");
        using var json = JsonDocument.Parse(request.Text);
        json.RootElement.GetProperty("from").GetString().ShouldBe("Shop");
        json.RootElement.GetProperty("to").GetString().ShouldBe("447700900001");
        json.RootElement.GetProperty("text").GetString().ShouldBe("Hello €");
    }

    [Fact]
    public async Task Submit_FormWithCustomFieldsAndIdPath_Accepted()
    {
        _gateway.Answer = (202, "{\"data\":{\"ref\":12345}}");
        await using var transport = Create(o =>
        {
            o.Format = "form";
            o.FromField = "sender";
            o.ToField = "msisdn";
            o.TextField = "message";
            o.MessageIdField = "data.ref";
        });

        var result = await transport.SubmitAsync(new OutboundSms("Shop", "447700900001", "a&b=c"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Accepted);
        result.PartIds.ShouldBe(["12345"]);
        var request = await _gateway.NextAsync();
        request.ContentType!.ShouldStartWith("application/x-www-form-urlencoded");
        request.Text.ShouldBe("sender=Shop&msisdn=447700900001&message=a%26b%3Dc");
    }

    [Fact]
    public async Task Submit_MessageIdAlias_Read()
    {
        _gateway.Answer = (200, "{\"messageId\":\"m-9\"}");
        await using var transport = Create();

        (await transport.SubmitAsync(new OutboundSms("a", "b", "c"), CancellationToken.None)).PartIds.ShouldBe(["m-9"]);
    }

    [Fact]
    public async Task Submit_400_RejectedWithTheGatewaysErrorText()
    {
        _gateway.Answer = (400, "{\"error\":\"invalid destination number\"}");
        await using var transport = Create();

        var result = await transport.SubmitAsync(new OutboundSms("Shop", "abc", "hi"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Rejected);
        result.ErrorCode.ShouldBe("400");
        result.Error!.ShouldContain("invalid destination number");
        transport.Counters.Rejected.ShouldBe(1);
    }

    [Fact]
    public async Task Submit_503_Unavailable()
    {
        _gateway.Answer = (503, "{\"message\":\"maintenance\"}");
        await using var transport = Create();

        var result = await transport.SubmitAsync(new OutboundSms("Shop", "447700900001", "hi"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Unavailable);
        result.ErrorCode.ShouldBe("503");
        result.Error!.ShouldContain("maintenance");
    }

    [Fact]
    public async Task Submit_429_UnavailableNotRejected()
    {
        _gateway.Answer = (429, "{}");
        await using var transport = Create();

        (await transport.SubmitAsync(new OutboundSms("Shop", "447700900001", "hi"), CancellationToken.None)).Status.ShouldBe(SmsSubmitStatus.Unavailable);
    }

    [Fact]
    public async Task Submit_NoAnswerWithinTimeout_Unavailable()
    {
        _gateway.Answer = (null, "");
        var time = new FakeTimeProvider();
        await using var transport = Create(o => o.TimeoutSeconds = 10, time);

        var submitting = transport.SubmitAsync(new OutboundSms("Shop", "447700900001", "hi"), CancellationToken.None);
        await _gateway.NextAsync();
        submitting.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(10));
        var result = await submitting.WaitAsync(TestLimits.Network);

        result.Status.ShouldBe(SmsSubmitStatus.Unavailable);
        result.ErrorCode.ShouldBe("timeout");
    }

    [Fact]
    public async Task Submit_ConnectionRefused_Unavailable()
    {
        var port = SmscSimulator.FreePort();
        await using var transport = Create(o => o.Url = $"http://127.0.0.1:{port}/send");

        var result = await transport.SubmitAsync(new OutboundSms("Shop", "447700900001", "hi"), CancellationToken.None);

        result.Status.ShouldBe(SmsSubmitStatus.Unavailable);
        result.ErrorCode.ShouldBe("connection");
    }

    [Fact]
    public async Task Receipt_StatusWords_MappedAndForwarded()
    {
        var sink = new RecordingSink();
        await using var transport = Create();
        (await transport.ReportReceiptAsync("x", "delivered", null, null, CancellationToken.None)).ShouldBeFalse();
        await transport.StartAsync(sink, CancellationToken.None);

        (await transport.ReportReceiptAsync("gw-1", "UNDELIV", "001", null, CancellationToken.None)).ShouldBeTrue();
        await transport.ReportReceiptAsync("gw-2", "expired", null, null, CancellationToken.None);
        await transport.ReportReceiptAsync("gw-3", "nonsense", null, null, CancellationToken.None);

        var first = await sink.NextReceiptAsync();
        first.NetworkMessageId.ShouldBe("gw-1");
        first.State.ShouldBe(SmsDeliveryState.Undeliverable);
        first.ErrorCode.ShouldBe("001");
        (await sink.NextReceiptAsync()).State.ShouldBe(SmsDeliveryState.Expired);
        (await sink.NextReceiptAsync()).State.ShouldBe(SmsDeliveryState.Unknown);
    }

    [Fact]
    public void Options_BadUrl_ErrorNamesTheKey() =>
        Should.Throw<InvalidOperationException>(() => Create(o => o.Url = "ftp://x")).Message.ShouldContain("FlowBuilder:Sms:Http:Url");

    private HttpGatewayTransport Create(Action<HttpGatewayOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new HttpGatewayOptions { Url = _gateway.Url };
        configure?.Invoke(options);
        return new HttpGatewayTransport(Options.Create(options), time ?? TimeProvider.System, NullLogger<HttpGatewayTransport>.Instance);
    }
}
