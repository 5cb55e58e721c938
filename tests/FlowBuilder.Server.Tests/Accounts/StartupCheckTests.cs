using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Shouldly;
using Xunit;

namespace FlowBuilder.Server.Tests.Accounts;

public sealed class StartupCheckTests
{
    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);

    [Fact]
    public void ApiEndpointWithoutPermission_FailsTheStartNamingIt()
    {
        var error = Should.Throw<InvalidOperationException>(() => EndpointPermissionCheck.Verify(
        [
            Endpoint("/api/flows", new RequiredPermission(Permission.FlowsRead)),
            Endpoint("/api/setup", new AllowAnonymousAttribute()),
            Endpoint("/api/forgotten", new HttpMethodMetadata(["GET"])),
            Endpoint("/hooks/{**path}"),
        ]));

        error.Message.ShouldContain("GET /api/forgotten");
        error.Message.ShouldNotContain("/api/flows");
        error.Message.ShouldNotContain("/hooks");
    }

    [Fact]
    public async Task TheServer_DeclaresAPermissionOnEveryApiEndpoint()
    {
        await using var factory = new AccountsApiFactory();
        using var client = factory.CreateClient();

        var health = await client.GetAsync("/health");

        health.IsSuccessStatusCode.ShouldBeTrue();
    }
}
