using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Public;

/// <summary>CORS of the public endpoints, per campaign: a page's Origin is echoed in <c>Access-Control-Allow-Origin</c> when the
/// campaign allows it (any origin when its list is empty, and for unknown keys so the widget can read the error); never a wildcard.</summary>
internal static class PublicCors
{
    public const string AllowedMethods = "GET, POST, OPTIONS";
    public const string AllowedHeaders = "content-type";
    public const int MaxAgeSeconds = 600;

    /// <summary>Response headers a page's script may read besides the CORS-safelisted ones: the widget tells a rate-limited visitor when to try again.</summary>
    public const string ExposedHeaders = "Retry-After";

    /// <summary>Whether a request from <paramref name="origin"/> (null: not a cross-origin browser request) may use the campaign.</summary>
    public static bool Allows(ClickToCallCampaign? campaign, string? origin) =>
        origin is null || campaign is null || WebOrigins.IsAllowed(campaign.AllowedOrigins, origin);

    public static string? OriginOf(HttpRequest request) =>
        request.Headers.Origin is { Count: > 0 } origin && !string.IsNullOrWhiteSpace(origin[0]) ? origin[0]!.Trim() : null;

    /// <summary>Adds <c>Vary: Origin</c> always, and <c>Access-Control-Allow-Origin</c> (with <c>Access-Control-Expose-Headers</c>)
    /// when the origin is allowed.</summary>
    public static bool Apply(HttpContext http, ClickToCallCampaign? campaign)
    {
        http.Response.Headers.Append("Vary", "Origin");
        var origin = OriginOf(http.Request);
        if (origin is null) return true;
        if (!Allows(campaign, origin)) return false;
        http.Response.Headers.AccessControlAllowOrigin = origin;
        http.Response.Headers.AccessControlExposeHeaders = ExposedHeaders;
        return true;
    }

    /// <summary>The answer to an <c>OPTIONS</c> preflight: 204 with the allowed methods, headers and max age, or 403 without them.</summary>
    public static IResult Preflight(HttpContext http, ClickToCallCampaign? campaign)
    {
        if (!Apply(http, campaign) || OriginOf(http.Request) is null) return PublicErrors.OriginNotAllowed(OriginOf(http.Request));
        var headers = http.Response.Headers;
        headers.AccessControlAllowMethods = AllowedMethods;
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlMaxAge = MaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.NoContent();
    }
}
