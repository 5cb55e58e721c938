using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>The c= line (RFC 4566 §5.7): <c>IN IP4 192.0.2.1</c>.</summary>
public sealed record SdpConnection(string NetworkType, string AddressType, string Address)
{
    public static SdpConnection For(IPAddress address) =>
        new("IN", address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4", address.ToString());

    /// <summary>The unicast address, without a multicast /ttl suffix; null for a host name.</summary>
    public IPAddress? TryGetAddress() => IPAddress.TryParse(Address.Split('/')[0], out var address) ? address : null;

    /// <summary>True for <c>0.0.0.0</c>, the RFC 2543 way of putting a call on hold (RFC 3264 §8.4).</summary>
    public bool IsUnspecified => TryGetAddress() is { } address && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any));

    public static bool TryParse(string value, [NotNullWhen(true)] out SdpConnection? connection)
    {
        connection = null;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3) return false;
        connection = new SdpConnection(parts[0], parts[1], parts[2]);
        return true;
    }

    public override string ToString() => $"{NetworkType} {AddressType} {Address}";
}
