using System.Net;
using System.Net.Http.Json;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Server.Tests.ClickToCall.ClickToCallSteps;

namespace FlowBuilder.Server.Tests.ClickToCall;

public sealed class ForwardedAddressTests(ProxiedClickToCallApiFactory factory) : IClassFixture<ProxiedClickToCallApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_FromTheKnownProxy_RecordsTheForwardedClient_FromAnyoneElse_ThePeer()
    {
        await CompanyTariffAsync(_client);
        var key = (await CampaignAsync(_client)).Text("key");

        var viaProxy = await SendAsync(key, peer: "127.0.0.1", forwardedFor: "198.51.100.23");
        var direct = await SendAsync(key, peer: "203.0.113.99", forwardedFor: "198.51.100.24");

        (await SourceAddressAsync(viaProxy), await SourceAddressAsync(direct)).ShouldBe(("198.51.100.23", "203.0.113.99"));
    }

    private async Task<HttpResponseMessage> SendAsync(string key, string peer, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/click-to-call/{key}/requests")
        {
            Content = JsonContent.Create(new { phone = NewPhone(), consent = true }),
        };
        request.Headers.Add(ClickToCallApiFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await _client.SendAsync(request);
    }

    private async Task<string> SourceAddressAsync(HttpResponseMessage response)
    {
        var accepted = await response.ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var stored = await factory.Services.GetRequiredService<ICallbackRequestStore>().GetAsync("default", accepted.Text("id"), CancellationToken.None);
        return stored!.Consent.SourceAddress;
    }
}
