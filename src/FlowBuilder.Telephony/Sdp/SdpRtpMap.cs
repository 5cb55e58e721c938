using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>An <c>a=rtpmap:&lt;pt&gt; &lt;name&gt;/&lt;clock&gt;[/&lt;channels&gt;]</c> value (RFC 4566 §6).</summary>
public readonly record struct SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int? Channels = null)
{
    public static SdpRtpMap Pcmu => new(0, "PCMU", 8000);

    public static SdpRtpMap Pcma => new(8, "PCMA", 8000);

    /// <summary>The static mappings of RFC 3551 this stack knows, used when an offer lists 0 or 8 without rtpmap.</summary>
    public static SdpRtpMap? Static(int payloadType) => payloadType switch
    {
        0 => Pcmu,
        8 => Pcma,
        _ => null,
    };

    public bool Is(string encodingName, int clockRate) =>
        EncodingName.Equals(encodingName, StringComparison.OrdinalIgnoreCase) && ClockRate == clockRate && Channels is null or 1;

    public static bool TryParse(string? value, [NotNullWhen(true)] out SdpRtpMap? rtpMap)
    {
        rtpMap = null;
        if (value is null) return false;
        var space = value.IndexOf(' ');
        if (space <= 0 || !int.TryParse(value[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127) return false;
        var parts = value[(space + 1)..].Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var clock) || clock == 0) return false;
        int? channels = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var c)) return false;
            channels = c;
        }
        rtpMap = new SdpRtpMap(pt, parts[0], clock, channels);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {EncodingName}/{ClockRate}{(Channels is { } c ? "/" + c : "")}");
}
