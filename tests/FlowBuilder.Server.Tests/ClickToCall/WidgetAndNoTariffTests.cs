using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;
using static FlowBuilder.Server.Tests.ClickToCall.ClickToCallSteps;

namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>A company that never chose a tariff, and the widget's files.</summary>
public sealed class WidgetAndNoTariffTests(ClickToCallApiFactory factory) : IClassFixture<ClickToCallApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_CompanyWithoutTariff_422NoTariff()
    {
        var key = (await CampaignAsync(_client)).Text("key");

        var refused = await (await SubmitAsync(_client, key, NewPhone(), peer: NewPeer())).ShouldBeJsonAsync(HttpStatusCode.UnprocessableEntity);

        refused.Text("code").ShouldBe("no_tariff");
    }

    [Fact]
    public async Task Script_ServedAsJavaScriptWithAShortCache_AndParsesAsEs5()
    {
        var response = await _client.GetAsync("/widget/click-to-call.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/javascript; charset=utf-8");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromMinutes(5));
        var script = await response.Content.ReadAsStringAsync();
        script.ShouldContain("data-campaign");
        script.ShouldContain("attachShadow");
        // Jint 2's parser reads ES5.1: an arrow function, class or template literal would throw here.
        Should.NotThrow(() => new Jint.Parser.JavaScriptParser().Parse(script));
        var again = new HttpRequestMessage(HttpMethod.Get, "/widget/click-to-call.js");
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        (await _client.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Demo_EmbedsTheWidgetWithTheKey()
    {
        var response = await _client.GetAsync("/widget/demo?key=AbCdEfGhIjKlMnOpQrStUv-_");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<script src=\"/widget/click-to-call.js\" data-campaign=\"AbCdEfGhIjKlMnOpQrStUv-_\" async></script>");
        (await _client.GetAsync("/widget/demo?key=%3Cscript%3E")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
