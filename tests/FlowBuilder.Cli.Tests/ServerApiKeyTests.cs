using FlowBuilder.Cli.Flows;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Cli.Tests;

public sealed class ServerApiKeyTests
{
    [Fact]
    public async Task Authorize_WithAKey_SendsItAsBearerOnEveryRequest()
    {
        await using var server = await FakeServer.StartAsync(context => context.Response.WriteAsync(context.Request.Headers.Authorization.ToString()));
        using var http = ServerApiKey.Authorize(new HttpClient { BaseAddress = new Uri(server.Url) }, " fbk_benchkey0001_secret ");

        (await http.GetStringAsync("/api/groups")).ShouldBe("Bearer fbk_benchkey0001_secret");
        (await http.GetStringAsync("/api/flows")).ShouldBe("Bearer fbk_benchkey0001_secret");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Authorize_WithoutAKey_SendsNoAuthorization(string? key)
    {
        await using var server = await FakeServer.StartAsync(context => context.Response.WriteAsync(context.Request.Headers.ContainsKey("Authorization") ? "present" : "absent"));
        using var http = ServerApiKey.Authorize(new HttpClient { BaseAddress = new Uri(server.Url) }, key);

        (await http.GetStringAsync("/api/groups")).ShouldBe("absent");
    }
}
