using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>One routed endpoint of the running server: "METHOD pattern" and what it requires.</summary>
internal sealed record WalkEndpoint(string Method, string Pattern, Permission? Permission, bool Anonymous)
{
    public string Key => $"{Method} {Pattern}";

    public bool IsRead => Method == "GET";

    /// <summary>Every (method, pattern) pair the server routes, from its <see cref="EndpointDataSource"/>s.</summary>
    public static IReadOnlyList<WalkEndpoint> All(IServiceProvider services) =>
        services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => new WalkEndpoint(
                method,
                Normalize(endpoint.RoutePattern.RawText ?? ""),
                endpoint.Metadata.GetMetadata<RequiredPermission>()?.Permission,
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .Distinct()
            .OrderBy(endpoint => endpoint.Key, StringComparer.Ordinal)
            .ToList();

    private static string Normalize(string pattern)
    {
        var path = "/" + pattern.Trim('/');
        return path;
    }
}
