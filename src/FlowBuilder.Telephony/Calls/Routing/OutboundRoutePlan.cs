using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Telephony.Hosting;

namespace FlowBuilder.Telephony.Calls.Routing;

/// <summary>Chooses the outbound routes for a number (longest matching prefix first, then priority, then configuration order)
/// and applies a route's number and caller-id rules.</summary>
internal static class OutboundRoutePlan
{
    public static IReadOnlyList<SipOutboundRouteOptions> Match(IReadOnlyList<SipOutboundRouteOptions> routes, string number)
    {
        var normalized = CallerNumbers.Normalize(number);
        return [.. routes
            .Select((route, index) => (route, index))
            .Where(r => normalized.StartsWith(r.route.Prefix, StringComparison.Ordinal))
            .OrderByDescending(r => r.route.Prefix.Length)
            .ThenBy(r => r.route.Priority)
            .ThenBy(r => r.index)
            .Select(r => r.route)];
    }

    /// <summary>The number sent to the trunk: <see cref="SipOutboundRouteOptions.StripDigits"/> removed, <see cref="SipOutboundRouteOptions.Prepend"/> added.</summary>
    public static string Number(SipOutboundRouteOptions route, string number)
    {
        var text = number.Trim();
        var stripped = route.StripDigits >= text.Length ? "" : text[Math.Max(0, route.StripDigits)..];
        return (route.Prepend ?? "") + stripped;
    }

    /// <summary>The caller id presented: the route's fixed one, else <paramref name="callerId"/> with the route's prefix.</summary>
    public static string CallerId(SipOutboundRouteOptions route, string callerId) => route.CallerId ?? (route.CallerIdPrepend ?? "") + callerId;

    /// <summary>Whether a failed attempt moves on to the next route: the trunk failed (5xx, 6xx but 600, 408, no response), not the callee.</summary>
    public static bool FailsOver(int? statusCode) => statusCode switch
    {
        null => true,
        408 => true,
        600 => false,
        >= 500 => true,
        _ => false,
    };
}
