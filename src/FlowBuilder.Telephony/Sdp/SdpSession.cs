using System.Text;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>A session description (RFC 4566): origin, name, connection, timing, attributes and media.</summary>
public sealed partial class SdpSession
{
    private const string FieldOrder = "iuepbrzk";

    public int Version { get; set; }

    public SdpOrigin Origin { get; set; } = new("-", 0, 0, "IN", "IP4", "0.0.0.0");

    public string SessionName { get; set; } = "-";

    public SdpConnection? Connection { get; set; }

    /// <summary>t= values, <c>0 0</c> for an unbounded session.</summary>
    public List<string> Timings { get; } = [];

    public List<SdpAttribute> Attributes { get; } = [];

    public List<SdpField> OtherFields { get; } = [];

    public List<SdpMedia> Media { get; } = [];

    /// <summary>The session-level direction attribute, or null.</summary>
    public SdpDirection? Direction
    {
        get => SdpDirections.Find(Attributes);
        set => SdpDirections.Replace(Attributes, value);
    }

    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name).Value;

    /// <summary>The direction that applies to <paramref name="media"/>: its own, else the session's, else sendrecv.</summary>
    public SdpDirection DirectionOf(SdpMedia media) => media.Direction ?? Direction ?? SdpDirection.SendRecv;

    /// <summary>The connection that applies to <paramref name="media"/>: its own, else the session's.</summary>
    public SdpConnection? ConnectionOf(SdpMedia media) => media.Connection ?? Connection;

    public override string ToString()
    {
        var builder = new StringBuilder(512);
        builder.Append("v=").Append(Version).Append("\r\n");
        builder.Append("o=").Append(Origin).Append("\r\n");
        builder.Append("s=").Append(SessionName.Length == 0 ? "-" : SessionName).Append("\r\n");
        AppendFields(builder, "iuep");
        if (Connection is not null) builder.Append("c=").Append(Connection).Append("\r\n");
        AppendFields(builder, "b");
        foreach (var timing in Timings.Count == 0 ? ["0 0"] : Timings) builder.Append("t=").Append(timing).Append("\r\n");
        AppendFields(builder, "rzk");
        foreach (var attribute in Attributes) builder.Append("a=").Append(attribute).Append("\r\n");
        foreach (var media in Media) media.AppendTo(builder);
        return builder.ToString();
    }

    private void AppendFields(StringBuilder builder, string types)
    {
        foreach (var type in types)
        {
            foreach (var field in OtherFields.Where(f => f.Type == type)) builder.Append(field).Append("\r\n");
        }
        foreach (var field in OtherFields.Where(f => types == "rzk" && !FieldOrder.Contains(f.Type))) builder.Append(field).Append("\r\n");
    }
}
