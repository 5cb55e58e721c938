using Microsoft.AspNetCore.Authorization;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>
/// Finds endpoints under /api that declare neither a permission nor AllowAnonymous. The permission middleware refuses such an
/// endpoint at run time (fail closed); the tests run <see cref="Verify"/> over the whole server so none ships. It is not run at
/// start: materialising every endpoint there cost each start several seconds.
/// </summary>
internal static class EndpointPermissionCheck
{
    public static bool IsUndeclared(RouteEndpoint endpoint) =>
        IsApi(endpoint.RoutePattern.RawText)
        && endpoint.Metadata.GetMetadata<RequiredPermission>() is null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    /// <summary>Throws naming every undeclared endpoint.</summary>
    public static void Verify(IEnumerable<Endpoint> endpoints)
    {
        var open = endpoints.OfType<RouteEndpoint>()
            .Where(IsUndeclared)
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
