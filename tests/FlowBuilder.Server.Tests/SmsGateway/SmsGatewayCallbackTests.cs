using System.Net;
using System.Text;
using FlowBuilder.Engine.Http;
using FlowBuilder.Messaging.HttpGateway;
using FlowBuilder.Messaging.Transport;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.SmsGateway;

public sealed class SmsGatewayCallbackTests : IClassFixture<SmsGatewayApiFactory>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client;
    private readonly RecordingSink _sink = new();

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
        var receipt = await _sink.NextReceiptAsync(Within);
        receipt.NetworkMessageId.ShouldBe("gw-77");
        receipt.State.ShouldBe(SmsDeliveryState.Delivered);
    }

    [Fact]
    public async Task Receipt_SignedForm_FailedMapsToUndeliverable()
    {
        var response = await PostAsync("/hooks/sms/receipts", "messageId=gw-78&stat=UNDELIV&err=001", "application/x-www-form-urlencoded");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var receipt = await _sink.NextReceiptAsync(Within);
        receipt.NetworkMessageId.ShouldBe("gw-78");
        receipt.State.ShouldBe(SmsDeliveryState.Undeliverable);
        receipt.ErrorCode.ShouldBe("001");
    }

    [Fact]
    public async Task Inbound_SignedJson_ForwardedToTheSink()
    {
        var response = await PostAsync("/hooks/sms/inbound", "{\"from\":\"447700900123\",\"to\":\"12345\",\"text\":\"STOP\"}", "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var inbound = await _sink.NextInboundAsync(Within);
        inbound.From.ShouldBe("447700900123");
        inbound.Text.ShouldBe("STOP");
    }

    [Fact]
    public async Task Receipt_Unsigned_401()
    {
        var response = await PostAsync("/hooks/sms/receipts", "{\"id\":\"gw-1\",\"status\":\"delivered\"}", "application/json", secret: null);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain(WebhookSignature.HeaderName);
    }

    [Fact]
    public async Task Receipt_SignedWithAnotherSecret_401()
    {
        var response = await PostAsync("/hooks/sms/receipts", "{\"id\":\"gw-1\",\"status\":\"delivered\"}", "application/json", secret: "wrong");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
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
        _sink.FailNext = 1;

        var response = await PostAsync("/hooks/sms/inbound", "{\"from\":\"1\",\"to\":\"2\",\"text\":\"x\"}", "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>POSTs <paramref name="body"/> signed with <paramref name="secret"/> (the gateway's by default; null sends it unsigned).</summary>
    private async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string? secret = SmsGatewayApiFactory.Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (secret is not null) request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Create(secret, DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(body)));
        return await _client.SendAsync(request);
    }
}
