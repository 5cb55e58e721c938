using System.Globalization;
using System.Text;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>
/// Parses one SIP message from bytes (RFC 3261 §7, §25). Liberal where the RFC allows it (leading CRLFs,
/// LF-only lines, folded headers, extra whitespace, compact and any-case names); strict where ambiguity
/// would be dangerous (NUL bytes, invalid UTF-8, duplicated single-value headers, Content-Length).
/// </summary>
public sealed class SipMessageParser(SipParserOptions? options = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SipParserOptions Options { get; } = options ?? SipParserOptions.Default;

    /// <summary>Parses a datagram: bytes after Content-Length are discarded, and without Content-Length the rest is the body.</summary>
    public SipParseResult Parse(ReadOnlySpan<byte> data) => Parse(data, stream: false);

    internal SipParseResult Parse(ReadOnlySpan<byte> data, bool stream)
    {
        if (data.Length > Options.MaxMessageSize)
        {
            return SipParseResult.Fail(SipParseError.TooLarge, $"Message of {data.Length} bytes exceeds the {Options.MaxMessageSize}-byte limit");
        }
        var start = 0;
        while (start < data.Length && data[start] is (byte)'\r' or (byte)'\n') start++;
        data = data[start..];
        if (data.IsEmpty) return SipParseResult.Fail(SipParseError.Empty, "Empty message");

        var (headerLength, bodyStart) = FindHeaderEnd(data);
        var headerBytes = data[..headerLength];
        if (headerBytes.Contains((byte)0)) return SipParseResult.Fail(SipParseError.NulByte, "NUL byte in the header section");
        string headerText;
        try
        {
            headerText = StrictUtf8.GetString(headerBytes);
        }
        catch (DecoderFallbackException)
        {
            return SipParseResult.Fail(SipParseError.InvalidEncoding, "Header section is not valid UTF-8");
        }

        if (HasBareCarriageReturn(headerText)) return SipParseResult.Fail(SipParseError.BadHeaderLine, "Bare CR in the header section");
        var lines = Unfold(headerText);
        var startLine = ParseStartLine(lines[0]);
        if (startLine.Failure is { } startFailure)
        {
            var partial = new SipHeaders();
            return SipParseResult.Fail(startFailure with { Headers = TryReadHeaders(lines, partial) ? partial : null, Method = startLine.Method });
        }

        SipMessage message = startLine.Response is { } response ? response : startLine.Request!;
        var headers = message.Headers;
        if (!TryReadHeaders(lines, headers)) return SipParseResult.Fail(BadHeaderLine(lines) with { Method = startLine.Method });
        SipParseFailure Fail(SipParseError error, string reason) => new(error, reason) { Headers = headers, Method = startLine.Method };

        var body = data[bodyStart..];
        var lengthLines = headers.LineCount(SipHeaderNames.ContentLength);
        if (lengthLines > 1) return SipParseResult.Fail(Fail(SipParseError.DuplicateHeader, "Multiple Content-Length headers"));
        if (lengthLines == 1)
        {
            var text = headers[SipHeaderNames.ContentLength]!;
            if (text.Length is 0 or > 9 || !text.All(char.IsAsciiDigit))
            {
                return SipParseResult.Fail(Fail(SipParseError.BadContentLength, $"Content-Length '{Shorten(text)}' is not a non-negative integer"));
            }
            var length = int.Parse(text, CultureInfo.InvariantCulture);
            if (length > body.Length)
            {
                return SipParseResult.Fail(Fail(SipParseError.BodyShorterThanContentLength, $"Content-Length {length} is larger than the {body.Length}-byte body"));
            }
            body = body[..length];
        }
        else if (stream)
        {
            return SipParseResult.Fail(Fail(SipParseError.MissingContentLength, "Content-Length is mandatory on stream transports"));
        }

        message.Body = body.ToArray();
        return SipMessageValidator.Validate(message) is { } invalid
            ? SipParseResult.Fail(Fail(invalid.Error, invalid.Reason))
            : SipParseResult.Success(message);
    }

    /// <summary>Length of the header section and where the body starts (after the empty line).</summary>
    internal static (int HeaderLength, int BodyStart) FindHeaderEnd(ReadOnlySpan<byte> data)
    {
        var position = 0;
        while (position < data.Length)
        {
            var newline = data[position..].IndexOf((byte)'\n');
            if (newline < 0) break;
            var lineLength = newline > 0 && data[position + newline - 1] == '\r' ? newline - 1 : newline;
            if (lineLength == 0 && position > 0) return (position, position + newline + 1);
            position += newline + 1;
        }
        return (data.Length, data.Length);
    }

    private static bool HasBareCarriageReturn(string text)
    {
        for (var i = text.IndexOf('\r'); i >= 0; i = text.IndexOf('\r', i + 1))
        {
            if (i + 1 < text.Length && text[i + 1] != '\n') return true;
        }
        return false;
    }

    private static List<string> Unfold(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (line.Length > 0 && SipGrammar.IsWhitespace(line[0]) && lines.Count > 1)
            {
                lines[^1] = lines[^1].TrimEnd(' ', '\t') + " " + line.Trim(' ', '\t');
            }
            else if (line.Length > 0 || lines.Count == 0)
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    private readonly record struct StartLine(SipRequest? Request, SipResponse? Response, string? Method, SipParseFailure? Failure);

    private static StartLine ParseStartLine(string line)
    {
        static StartLine Bad(string reason, string? method = null) => new(null, null, method, new SipParseFailure(SipParseError.BadStartLine, reason));

        if (line.Length == 0 || SipGrammar.IsWhitespace(line[0])) return Bad("Start line is empty or begins with whitespace");
        if (line.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase)) return ParseStatusLine(line);

        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3) return Bad("Request line is not 'Method Request-URI SIP-Version'");
        var (method, uriText, version) = (parts[0], parts[1], parts[2]);
        if (!SipGrammar.IsToken(method)) return Bad($"Method '{Shorten(method)}' is not a token");
        if (!IsVersionSyntax(version)) return Bad($"Malformed SIP version '{Shorten(version)}'", method);
        if (!version.Equals(SipMessage.SipVersion, StringComparison.OrdinalIgnoreCase))
        {
            return new(null, null, method, new SipParseFailure(SipParseError.VersionNotSupported, $"SIP version '{Shorten(version)}' is not supported"));
        }
        var scheme = SipUri.SchemeOf(uriText);
        if (scheme is null) return new(null, null, method, new SipParseFailure(SipParseError.BadRequestUri, $"Request-URI '{Shorten(uriText)}' is malformed"));
        if (!SipUri.TryParse(uriText, out var uri))
        {
            return scheme.ToLowerInvariant() is "sip" or "sips" or "tel"
                ? new(null, null, method, new SipParseFailure(SipParseError.BadRequestUri, $"Request-URI '{Shorten(uriText)}' is malformed"))
                : new(null, null, method, new SipParseFailure(SipParseError.UnsupportedUriScheme, $"URI scheme '{Shorten(scheme)}' is not supported"));
        }
        return new(new SipRequest(method, uri), null, method, null);
    }

    private static StartLine ParseStatusLine(string line)
    {
        static StartLine Bad(string reason) => new(null, null, null, new SipParseFailure(SipParseError.BadStartLine, reason));

        var space = line.IndexOf(' ');
        if (space < 0) return Bad("Status line is not 'SIP-Version Status-Code Reason-Phrase'");
        var version = line[..space];
        if (!IsVersionSyntax(version)) return Bad($"Malformed SIP version '{Shorten(version)}'");
        if (!version.Equals(SipMessage.SipVersion, StringComparison.OrdinalIgnoreCase))
        {
            return new(null, null, null, new SipParseFailure(SipParseError.VersionNotSupported, $"SIP version '{Shorten(version)}' is not supported"));
        }
        var rest = line[(space + 1)..].TrimStart(' ');
        var code = rest.Length >= 3 ? rest[..3] : rest;
        if (code.Length != 3 || !code.All(char.IsAsciiDigit) || (rest.Length > 3 && rest[3] != ' '))
        {
            return Bad($"Status code '{Shorten(rest)}' is not three digits");
        }
        var status = int.Parse(code, CultureInfo.InvariantCulture);
        if (status is < 100 or > 699) return Bad($"Status code {status} is outside 100-699");
        var reason = rest.Length > 3 ? rest[4..].Trim(' ', '\t') : "";
        return new(null, new SipResponse(status, reason), null, null);
    }

    private static bool IsVersionSyntax(string version)
    {
        if (version.Length < 7 || !version.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase)) return false;
        var numbers = version[4..].Split('.');
        return numbers.Length == 2 && numbers.All(n => n.Length > 0 && n.All(char.IsAsciiDigit));
    }

    private static bool TryReadHeaders(List<string> lines, SipHeaders headers)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':');
            if (colon <= 0) return false;
            var name = line[..colon].TrimEnd(' ', '\t');
            if (!SipGrammar.IsToken(name)) return false;
            headers.Add(name, line[(colon + 1)..].Trim(' ', '\t'));
        }
        return true;
    }

    private static SipParseFailure BadHeaderLine(List<string> lines)
    {
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) return new(SipParseError.BadHeaderLine, $"Header line '{Shorten(line)}' has no name and colon");
            var name = line[..colon].TrimEnd(' ', '\t');
            if (!SipGrammar.IsToken(name)) return new(SipParseError.BadHeaderLine, $"Header name '{Shorten(name)}' is not a token");
        }
        return new(SipParseError.BadHeaderLine, "Malformed header line");
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
