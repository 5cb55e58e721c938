using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace FlowBuilder.Telephony.Hosting;

/// <summary>One SIP listener: <c>udp:0.0.0.0:5060</c>, <c>tcp:127.0.0.1:5080</c>, <c>udp:[::1]:5060</c>.</summary>
public sealed record SipListenEndpoint(SipTransportKind Transport, IPEndPoint EndPoint)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out SipListenEndpoint? endpoint)
    {
        endpoint = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0) return false;
        SipTransportKind? transport = text[..colon].ToLowerInvariant() switch
        {
            "udp" => SipTransportKind.Udp,
            "tcp" => SipTransportKind.Tcp,
            _ => null,
        };
        if (transport is null || !IPEndPoint.TryParse(text[(colon + 1)..], out var address)) return false;
        if (!text[(colon + 1)..].Contains(':', StringComparison.Ordinal) || address.Port is < 0 or > 65535) return false;
        endpoint = new SipListenEndpoint(transport.Value, address);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Transport == SipTransportKind.Udp ? "udp" : "tcp")}:{EndPoint}");
}
