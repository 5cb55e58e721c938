using System.Globalization;
using System.Text;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>One media description: the m= line and its c=, a= and other lines (RFC 4566 §5.14).</summary>
public sealed class SdpMedia
{
    public string Media { get; set; } = "audio";

    /// <summary>RTP port; 0 rejects or disables the stream (RFC 3264 §6).</summary>
    public int Port { get; set; }

    public int? PortCount { get; set; }

    public string Protocol { get; set; } = "RTP/AVP";

    /// <summary>Formats as written; payload type numbers for RTP/AVP.</summary>
    public List<string> Formats { get; } = [];

    public SdpConnection? Connection { get; set; }

    public List<SdpAttribute> Attributes { get; } = [];

    public List<SdpField> OtherFields { get; } = [];

    public bool IsRejected => Port == 0;

    /// <summary>The direction attribute at media level, or null when absent (then the session's applies).</summary>
    public SdpDirection? Direction
    {
        get => SdpDirections.Find(Attributes);
        set => SdpDirections.Replace(Attributes, value);
    }

    /// <summary>a=ptime in milliseconds.</summary>
    public int? PacketTime
    {
        get => int.TryParse(Attribute("ptime"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : null;
        set
        {
            Attributes.RemoveAll(a => a.Name == "ptime");
            if (value is { } ms) Attributes.Add(new SdpAttribute("ptime", ms.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public IEnumerable<int> PayloadTypes =>
        Formats.Select(f => int.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var pt) ? pt : -1).Where(pt => pt is >= 0 and <= 127);

    public IReadOnlyList<SdpRtpMap> RtpMaps =>
        Attributes.Where(a => a.Name == "rtpmap").Select(a => SdpRtpMap.TryParse(a.Value, out var map) ? map : null).OfType<SdpRtpMap>().ToList();

    /// <summary>The rtpmap of <paramref name="payloadType"/>, falling back to the static PCMU/PCMA mappings.</summary>
    public SdpRtpMap? GetRtpMap(int payloadType) =>
        RtpMaps.Where(m => m.PayloadType == payloadType).Select(m => (SdpRtpMap?)m).FirstOrDefault() ?? SdpRtpMap.Static(payloadType);

    /// <summary>The a=fmtp parameters of <paramref name="payloadType"/>, e.g. <c>0-15</c>.</summary>
    public string? GetFormatParameters(int payloadType)
    {
        var prefix = payloadType.ToString(CultureInfo.InvariantCulture) + " ";
        return Attributes.Where(a => a.Name == "fmtp" && a.Value?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .Select(a => a.Value![prefix.Length..].Trim())
            .FirstOrDefault();
    }

    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name).Value;

    internal void AppendTo(StringBuilder builder)
    {
        builder.Append("m=").Append(Media).Append(' ').Append(Port);
        if (PortCount is { } count) builder.Append('/').Append(count);
        builder.Append(' ').Append(Protocol);
        foreach (var format in Formats) builder.Append(' ').Append(format);
        builder.Append("\r\n");
        foreach (var field in OtherFields.Where(f => f.Type == 'i')) builder.Append(field).Append("\r\n");
        if (Connection is not null) builder.Append("c=").Append(Connection).Append("\r\n");
        foreach (var field in OtherFields.Where(f => f.Type != 'i')) builder.Append(field).Append("\r\n");
        foreach (var attribute in Attributes) builder.Append("a=").Append(attribute).Append("\r\n");
    }
}
