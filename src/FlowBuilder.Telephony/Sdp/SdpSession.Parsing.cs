using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FlowBuilder.Telephony.Sdp;

public sealed partial class SdpSession
{
    public static SdpSession Parse(string text) =>
        TryParse(text, out var session, out var error) ? session : throw new FormatException(error);

    /// <summary>Parses a description; <paramref name="error"/> names the line at fault. Accepts CRLF or LF line ends.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SdpSession? session, [NotNullWhen(false)] out string? error)
    {
        session = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "SDP is empty";
            return false;
        }
        var result = new SdpSession();
        SdpMedia? media = null;
        bool sawOrigin = false, sawName = false;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r', ' ');
            if (line.Length == 0) continue;
            if (line.Length < 2 || line[1] != '=' || !char.IsAsciiLetterLower(line[0]))
            {
                error = $"SDP line {number} is not '<type>=<value>'";
                return false;
            }
            var type = line[0];
            var value = line[2..];
            if (number == 1 && type != 'v')
            {
                error = "SDP must start with v=";
                return false;
            }
            string? problem = type switch
            {
                'v' => value == "0" ? null : $"unsupported version '{value}'",
                'o' => SdpOrigin.TryParse(value, out var origin) ? Set(() => { result.Origin = origin; sawOrigin = true; }) : "malformed o=",
                's' => Set(() => { result.SessionName = value; sawName = true; }),
                'c' => SdpConnection.TryParse(value, out var connection)
                    ? Set(() => { if (media is null) result.Connection = connection; else media.Connection = connection; })
                    : "malformed c=",
                't' => media is null ? Set(() => result.Timings.Add(value)) : "t= inside a media description",
                'a' => Set(() => (media?.Attributes ?? result.Attributes).Add(ParseAttribute(value))),
                'm' => TryParseMedia(value, out var parsed) ? Set(() => { media = parsed; result.Media.Add(parsed); }) : "malformed m=",
                _ => Set(() => (media?.OtherFields ?? result.OtherFields).Add(new SdpField(type, value))),
            };
            if (problem is not null)
            {
                error = $"SDP line {number}: {problem}";
                return false;
            }
        }
        if (!sawOrigin || !sawName)
        {
            error = sawOrigin ? "SDP has no s= line" : "SDP has no o= line";
            return false;
        }
        session = result;
        return true;

        static string? Set(Action apply)
        {
            apply();
            return null;
        }
    }

    private static SdpAttribute ParseAttribute(string value)
    {
        var colon = value.IndexOf(':');
        return colon < 0 ? new SdpAttribute(value, null) : new SdpAttribute(value[..colon], value[(colon + 1)..]);
    }

    private static bool TryParseMedia(string value, [NotNullWhen(true)] out SdpMedia? media)
    {
        media = null;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4) return false;
        var portText = parts[1].Split('/');
        if (portText.Length > 2 || !int.TryParse(portText[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535) return false;
        int? count = null;
        if (portText.Length == 2)
        {
            if (!int.TryParse(portText[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c)) return false;
            count = c;
        }
        media = new SdpMedia { Media = parts[0], Port = port, PortCount = count, Protocol = parts[2] };
        media.Formats.AddRange(parts.Skip(3));
        return true;
    }
}
