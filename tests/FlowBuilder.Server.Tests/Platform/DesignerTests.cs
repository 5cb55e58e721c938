using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Platform;

/// <summary>The built designer in FlowBuilder:Server:DesignerPath, served at the root with a fallback to its index.html.</summary>
public sealed class DesignerTests : IAsyncLifetime
{
    private const string IndexHtml = "<!doctype html><title>Designer</title><div id=\"root\"></div>";

    private readonly FlowBuilderApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_factory.DesignerFolder, "index.html"), IndexHtml);
        Directory.CreateDirectory(Path.Combine(_factory.DesignerFolder, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_factory.DesignerFolder, "assets", "index-abc123.js"), "console.log('designer');");
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Root_WithDesignerBuilt_ServesIndexHtmlUncached()
    {
        var response = await _client.GetAsync("/");

        await ShouldBeIndexHtmlAsync(response);
    }

    [Theory]
    [InlineData("/flows/abc")]
    [InlineData("/instances/y")]
    [InlineData("/flows/abc/versions/2")]
    public async Task DesignerPage_OnReload_ServesIndexHtml(string path)
    {
        var response = await _client.GetAsync(path);

        await ShouldBeIndexHtmlAsync(response);
    }

    [Fact]
    public async Task HashedAsset_IsServedWithLongCache()
    {
        var response = await _client.GetAsync("/assets/index-abc123.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("designer");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        response.Headers.CacheControl.Public.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/unknown")]
    [InlineData("/api/flows/abc/unknown")]
    [InlineData("/health/details")]
    public async Task ApiAddressWithoutEndpoint_StaysA404Problem(string path)
    {
        var response = await _client.GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/hooks/nothing-here")]
    [InlineData("/openapi/v2.json")]
    public async Task WebhookAndOpenApiAddresses_AreNeverAnsweredWithIndexHtml(string path)
    {
        var response = await _client.GetAsync(path);

        response.IsSuccessStatusCode.ShouldBeFalse();
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");
    }

    [Fact]
    public async Task MissingFile_IsNotAnsweredWithIndexHtml()
    {
        var response = await _client.GetAsync("/assets/gone-123.js");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Api_WithDesignerBuilt_StillAnswersJson()
    {
        var health = await (await _client.GetAsync("/health")).ShouldBeJsonAsync(HttpStatusCode.OK);

        health.Text("status").ShouldBe("ok");
    }

    private static async Task ShouldBeIndexHtmlAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldBe(IndexHtml);
    }
}
