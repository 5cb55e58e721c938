namespace FlowBuilder.Server.ClickToCall;

/// <summary>Web origins as browsers send them in the <c>Origin</c> header: <c>scheme://host[:port]</c>, lower case, default port left out.</summary>
internal static class WebOrigins
{
    /// <summary>The origin <paramref name="text"/> names (https://Shop.example.com/ → https://shop.example.com), or null with
    /// <paramref name="error"/> saying why it is not an absolute http(s) origin.</summary>
    public static string? Normalize(string? text, out string? error)
    {
        error = null;
        var value = text?.Trim() ?? "";
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            error = $"'{value}' is not a web origin. Write scheme and host, e.g. https://shop.example.com (a port only when it is not the default).";
            return null;
        }
        if (uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            error = $"'{value}' is not a bare origin: leave out the path, query and user name, e.g. {uri.Scheme}://{uri.Authority}.";
            return null;
        }
        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}" : $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}:{uri.Port}";
    }

    /// <summary>Whether a page at <paramref name="origin"/> may use a campaign allowing <paramref name="allowed"/> (any when empty).</summary>
    public static bool IsAllowed(IReadOnlyList<string> allowed, string? origin)
    {
        if (allowed.Count == 0) return true;
        var normalized = Normalize(origin, out _);
        return normalized is not null && allowed.Contains(normalized, StringComparer.Ordinal);
    }
}
