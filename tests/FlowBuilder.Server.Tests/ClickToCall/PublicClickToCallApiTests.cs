using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Server.Tests.ClickToCall.ClickToCallSteps;

namespace FlowBuilder.Server.Tests.ClickToCall;

public sealed class PublicClickToCallApiTests(ClickToCallApiFactory factory) : IClassFixture<ClickToCallApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();
    private string _key = "";

    public async Task InitializeAsync()
    {
        await CompanyTariffAsync(_client);
        _key = (await CampaignAsync(_client, body => body["allowedOrigins"] = new JsonArray("https://shop.example.com"))).Text("key");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_Json_202Waiting_StoredWithConsentSourceAddressAndUserAgent()
    {
        var phone = NewPhone();

        var response = await SubmitAsync(_client, _key, phone, peer: "203.0.113.77", origin: "https://shop.example.com", userAgent: "Mozilla/5.0 (Banner test)");
        var accepted = await response.ShouldBeJsonAsync(HttpStatusCode.Accepted);

        (accepted.Text("status"), accepted.Text("message")).ShouldBe(("waiting", $"We will call you at {phone} shortly."));
        DateTimeOffset.Parse(accepted.Text("scheduledFor")).ShouldBe(factory.Clock.GetUtcNow());
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://shop.example.com"]);
        var stored = await factory.Services.GetRequiredService<ICallbackRequestStore>().GetAsync("default", accepted.Text("id"), CancellationToken.None);
        stored.ShouldNotBeNull();
        (stored.ClientPhone, stored.Status, stored.Destination).ShouldBe((phone, CallbackRequestStatus.Waiting, "Germany"));
        (stored.Consent.SourceAddress, stored.Consent.UserAgent, stored.Consent.PageUrl).ShouldBe(("203.0.113.77", "Mozilla/5.0 (Banner test)", "https://shop.example.com/help"));
        stored.Consent.Text.ShouldBe("I agree to be called back at this number about my enquiry.");
        stored.Consent.GivenAt.ShouldBe(factory.Clock.GetUtcNow());

        var status = await (await _client.GetAsync($"/api/public/click-to-call/{_key}/requests/{stored.Id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        (status.Text("id"), status.Text("status")).ShouldBe((stored.Id, "waiting"));
    }

    [Fact]
    public async Task Post_Form_202_NumberReadInTheDefaultCountry()
    {
        var local = $"0151 {Random.Shared.Next(1000, 9999)} {Random.Shared.Next(1000, 9999)}";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/click-to-call/{_key}/requests")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["phone"] = local, ["consent"] = "on" }),
        };
        request.Headers.Add(ClickToCallApiFactory.PeerHeader, NewPeer());

        var accepted = await (await _client.SendAsync(request)).ShouldBeJsonAsync(HttpStatusCode.Accepted);

        accepted.Text("message").ShouldBe($"We will call you at +49{local[1..].Replace(" ", "", StringComparison.Ordinal)} shortly.");
    }

    [Theory]
    [InlineData("12", true, HttpStatusCode.UnprocessableEntity, "invalid_number", "phone")]
    [InlineData("+33612345678", true, HttpStatusCode.UnprocessableEntity, "destination_not_allowed", "phone")]
    [InlineData("new", false, HttpStatusCode.UnprocessableEntity, "consent_required", "consent")]
    public async Task Post_Refused_CodeMessageAndField(string phone, bool consent, HttpStatusCode status, string code, string field)
    {
        var response = await SubmitAsync(_client, _key, phone == "new" ? NewPhone() : phone, consent, peer: NewPeer());

        var refused = await response.ShouldBeJsonAsync(status);

        (refused.Text("code"), refused.Text("field")).ShouldBe((code, field));
        refused.Text("message").ShouldNotBeNullOrWhiteSpace();
        if (code == "destination_not_allowed") refused.Text("message").ShouldContain("+33612345678 (France)");
    }

    [Fact]
    public async Task Post_UnknownKey_404UnknownCampaign()
    {
        var refused = await (await SubmitAsync(_client, "AAAAAAAAAAAAAAAAAAAAAAAA", NewPhone(), peer: NewPeer())).ShouldBeJsonAsync(HttpStatusCode.NotFound);

        refused.Text("code").ShouldBe("unknown_campaign");
    }

    [Fact]
    public async Task Post_SameNumberTooOften_429WithRetryAfter()
    {
        var phone = NewPhone();
        (await SubmitAsync(_client, _key, phone, peer: NewPeer())).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await (await SubmitAsync(_client, _key, phone, peer: NewPeer())).ShouldBeJsonAsync(HttpStatusCode.Conflict)).Text("code").ShouldBe("duplicate_request");
        (await SubmitAsync(_client, _key, phone, peer: NewPeer())).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var response = await SubmitAsync(_client, _key, phone, peer: NewPeer(), origin: "https://shop.example.com");

        (await response.ShouldBeJsonAsync(HttpStatusCode.TooManyRequests)).Text("code").ShouldBe("rate_limited");
        int.Parse(response.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 3600);
        // The widget on the shop's page may read Retry-After only when the server exposes it.
        response.Headers.GetValues("Access-Control-Expose-Headers").ShouldBe(["Retry-After"]);
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_403WithoutCorsHeader()
    {
        var response = await SubmitAsync(_client, _key, NewPhone(), peer: NewPeer(), origin: "https://evil.example.net");

        (await response.ShouldBeJsonAsync(HttpStatusCode.Forbidden)).Text("code").ShouldBe("origin_not_allowed");
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Post_BodyOver4KB_413()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/click-to-call/{_key}/requests")
        {
            Content = new StringContent(new JsonObject { ["phone"] = NewPhone(), ["consent"] = true, ["pageUrl"] = new string('x', 5000) }.ToJsonString(), Encoding.UTF8, "application/json"),
        };

        (await _client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Preflight_AllowedOrigin_204EchoingIt()
    {
        var response = await PreflightAsync($"/api/public/click-to-call/{_key}/requests", "https://shop.example.com");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://shop.example.com"]);
        response.Headers.GetValues("Access-Control-Allow-Methods").ShouldBe(["GET, POST, OPTIONS"]);
        response.Headers.GetValues("Access-Control-Allow-Headers").ShouldBe(["content-type"]);
        response.Headers.GetValues("Access-Control-Max-Age").ShouldBe(["600"]);
        response.Headers.Vary.ShouldContain("Origin");
    }

    [Fact]
    public async Task Preflight_OtherOrigin_403WithoutAllowOrigin()
    {
        var response = await PreflightAsync($"/api/public/click-to-call/{_key}/requests", "https://evil.example.net");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Config_TitleConsentAndOpenNow()
    {
        var config = await (await _client.GetAsync($"/api/public/click-to-call/{_key}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (config.Text("title"), config.Text("defaultCountry"), config["open"]!.GetValue<bool>()).ShouldBe(("Call me back", "DE", true));
        config.Text("consentText").ShouldStartWith("I agree");
    }

    private Task<HttpResponseMessage> PreflightAsync(string url, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return _client.SendAsync(request);
    }
}
