using System.Globalization;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>The <c>message/sipfrag</c> bodies of REFER's NOTIFYs (RFC 3515 §2.4.5): a status line such as <c>SIP/2.0 200 OK</c>.</summary>
public static class SipFragment
{
    public const string ContentType = "message/sipfrag;version=2.0";

    public static string Format(int statusCode, string reasonPhrase) =>
        string.Create(CultureInfo.InvariantCulture, $"SIP/2.0 {statusCode} {reasonPhrase}\r\n");

    /// <summary>The status code of the first line (<c>SIP/2.0 180 Ringing</c> → 180); false when it is not a SIP status line.</summary>
    public static bool TryParseStatus(string? body, out int statusCode)
    {
        statusCode = 0;
        if (body is null) return false;
        var line = body.AsSpan().TrimStart();
        var end = line.IndexOfAny('\r', '\n');
        if (end >= 0) line = line[..end];
        if (!line.StartsWith("SIP/2.0 ", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = line["SIP/2.0 ".Length..].TrimStart();
        var space = rest.IndexOf(' ');
        var code = space < 0 ? rest : rest[..space];
        return code.Length == 3 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out statusCode) && statusCode is >= 100 and <= 699;
    }
}
