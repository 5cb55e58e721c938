using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
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
        (await client.GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue();

        Should.NotThrow(() => EndpointPermissionCheck.Verify(factory.Services.GetRequiredService<EndpointDataSource>().Endpoints));
    }

    [Fact]
    public void UndeclaredApiEndpoint_IsRecognisedForTheMiddlewareToRefuse()
    {
        EndpointPermissionCheck.IsUndeclared(Endpoint("/api/forgotten")).ShouldBeTrue();
        EndpointPermissionCheck.IsUndeclared(Endpoint("/api/flows", new RequiredPermission(Permission.FlowsRead))).ShouldBeFalse();
        EndpointPermissionCheck.IsUndeclared(Endpoint("/api/setup", new AllowAnonymousAttribute())).ShouldBeFalse();
        EndpointPermissionCheck.IsUndeclared(Endpoint("/hooks/{**path}")).ShouldBeFalse();
    }
}
