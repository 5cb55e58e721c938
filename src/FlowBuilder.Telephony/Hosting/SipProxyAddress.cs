using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace FlowBuilder.Telephony.Hosting;

/// <summary>Reads a trunk's <c>OutboundProxy</c> setting, <c>host:port</c> with an IP address host (port 5060 when left out).</summary>
internal static class SipProxyAddress
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out IPEndPoint? endpoint)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (IPAddress.TryParse(text, out var bare) && !text.Contains(':', StringComparison.Ordinal))
        {
            endpoint = new IPEndPoint(bare, 5060);
            return true;
        }
        return IPEndPoint.TryParse(text, out endpoint) && endpoint.Port > 0;
    }
}
