using System.Net;
using System.Text;
using System.Threading.Channels;
using FlowBuilder.Engine.Http;
using FlowBuilder.Messaging.HttpGateway;
using FlowBuilder.Messaging.Transport;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.SmsGateway;

public sealed class SmsGatewayCallbackTests : IClassFixture<SmsGatewayApiFactory>
{
    private readonly HttpClient _client;
    private readonly Sink _sink = new();

    public SmsGatewayCallbackTests(SmsGatewayApiFactory factory)
    {
        _client = factory.CreateClient();
        factory.Services.GetRequiredService<HttpGatewayTransport>().StartAsync(_sink, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Receipt_SignedJson_ForwardedToTheSinkWithItsState()
    {
        var response = await PostAsync("/hooks/sms/receipts", "{\"id\":\"gw-77\",\"status\":\"delivered\"}", "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var receipt = await _sink.Receipts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        receipt.NetworkMessageId.ShouldBe("gw-77");
        receipt.State.ShouldBe(SmsDeliveryState.Delivered);
    }

    [Fact]
    public async Task Receipt_SignedForm_FailedMapsToUndeliverable()
    {
        var response = await PostAsync("/hooks/sms/receipts", "messageId=gw-78&stat=UNDELIV&err=001", "application/x-www-form-urlencoded");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var receipt = await _sink.Receipts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        receipt.NetworkMessageId.ShouldBe("gw-78");
        receipt.State.ShouldBe(SmsDeliveryState.Undeliverable);
        receipt.ErrorCode.ShouldBe("001");
    }

    [Fact]
    public async Task Inbound_SignedJson_ForwardedToTheSink()
    {
        var response = await PostAsync("/hooks/sms/inbound", "{\"from\":\"447700900123\",\"to\":\"12345\",\"text\":\"STOP\"}", "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var inbound = await _sink.Inbound.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        inbound.From.ShouldBe("447700900123");
        inbound.Text.ShouldBe("STOP");
    }

    [Fact]
    public async Task Receipt_Unsigned_401()
    {
        var response = await PostAsync("/hooks/sms/receipts", "{\"id\":\"gw-1\",\"status\":\"delivered\"}", "application/json", sign: false);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain(WebhookSignature.HeaderName);
    }

    [Fact]
    public async Task Receipt_SignedWithAnotherSecret_401()
    {
        var body = "{\"id\":\"gw-1\",\"status\":\"delivered\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/sms/receipts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Create("wrong", DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(body)));

        (await _client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Receipt_NoStatus_400NamingTheField()
    {
        var response = await PostAsync("/hooks/sms/receipts", "{\"id\":\"gw-1\"}", "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("'status'");
    }

    [Fact]
    public async Task Inbound_SinkFails_503SoTheGatewayRetries()
    {
        _sink.FailNext = true;

        var response = await PostAsync("/hooks/sms/inbound", "{\"from\":\"1\",\"to\":\"2\",\"text\":\"x\"}", "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, bool sign = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (sign) request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Create(SmsGatewayApiFactory.Secret, DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(body)));
        return await _client.SendAsync(request);
    }

    private sealed class Sink : ISmsTransportSink
    {
        public Channel<SmsReceipt> Receipts { get; } = Channel.CreateUnbounded<SmsReceipt>();
        public Channel<InboundSms> Inbound { get; } = Channel.CreateUnbounded<InboundSms>();
        public bool FailNext { get; set; }

        public ValueTask OnReceiptAsync(SmsReceipt receipt, CancellationToken cancellationToken)
        {
            Receipts.Writer.TryWrite(receipt);
            return ValueTask.CompletedTask;
        }

        public ValueTask OnInboundAsync(InboundSms message, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("store down (test)");
            }
            Inbound.Writer.TryWrite(message);
            return ValueTask.CompletedTask;
        }
    }
}
