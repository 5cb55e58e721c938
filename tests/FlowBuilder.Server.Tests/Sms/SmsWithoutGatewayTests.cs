using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Sms;

public sealed class SmsWithoutGatewayTests : IAsyncLifetime
{
    private readonly FlowBuilderApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task PostMessage_NoTransportConfigured_IsStoredAsFailedWithWhatToConfigure()
    {
        var client = _factory.CreateClient();

        var created = await (await client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900123", ["text"] = "hi" })).ShouldBeJsonAsync(HttpStatusCode.Created);

        created.Text("status").ShouldBe("failed");
        created.Text("error").ShouldContain("FlowBuilder:Sms:Smpp:Host");
        var status = await (await client.GetAsync("/api/sms/status")).ShouldBeJsonAsync(HttpStatusCode.OK);
        status["transports"]!.AsArray().ShouldBeEmpty();
        status.Text("error").ShouldContain("No SMS gateway configured");
        status.Text("error").ShouldContain("FlowBuilder:Sms:Http:Url");
    }
}
