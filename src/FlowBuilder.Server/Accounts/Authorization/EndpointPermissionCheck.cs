using Microsoft.AspNetCore.Authorization;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>Refuses to start when an endpoint under /api declares neither a permission nor AllowAnonymous.</summary>
internal static class EndpointPermissionCheck
{
    public static void Verify(IEnumerable<Endpoint> endpoints)
    {
        var open = endpoints.OfType<RouteEndpoint>()
            .Where(e => IsApi(e.RoutePattern.RawText))
            .Where(e => e.Metadata.GetMetadata<RequiredPermission>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (open.Count > 0)
            throw new InvalidOperationException(
                $"{open.Count} API endpoint(s) declare no permission: {string.Join("; ", open)}. Add .RequirePermission(Permission.…) " +
                "(Server/Accounts/Authorization) or .AllowAnonymous() when the endpoint has its own proof.");
    }

    private static bool IsApi(string? pattern) =>
        pattern is not null && (pattern.TrimStart('/').Equals("api", StringComparison.OrdinalIgnoreCase)
                                || pattern.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase));
}
