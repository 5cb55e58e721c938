using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>The o= line (RFC 4566 §5.2). Each new offer or answer in a session carries a higher <see cref="SessionVersion"/>.</summary>
public sealed record SdpOrigin(string Username, ulong SessionId, ulong SessionVersion, string NetworkType, string AddressType, string Address)
{
    public SdpOrigin Next() => this with { SessionVersion = SessionVersion + 1 };

    public static bool TryParse(string value, [NotNullWhen(true)] out SdpOrigin? origin)
    {
        origin = null;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !ulong.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }
        origin = new SdpOrigin(parts[0], id, version, parts[3], parts[4], parts[5]);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Username} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}");
}
