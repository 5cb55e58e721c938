using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

public sealed partial record SipUri
{
    private static bool TryParseSip(SipUriScheme scheme, string rest, out SipUri? uri)
    {
        uri = null;
        string? user = null;
        string? password = null;
        var at = rest.IndexOf('@');
        var hostPart = rest;
        if (at >= 0)
        {
            var userInfo = rest[..at];
            hostPart = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            var rawUser = colon < 0 ? userInfo : userInfo[..colon];
            if (rawUser.Length == 0 || !AllChars(rawUser, SipGrammar.IsUserChar)) return false;
            user = SipGrammar.Unescape(rawUser);
            if (user is null) return false;
            if (colon >= 0)
            {
                var rawPassword = userInfo[(colon + 1)..];
                if (!AllChars(rawPassword, SipGrammar.IsPasswordChar)) return false;
                password = SipGrammar.Unescape(rawPassword);
                if (password is null) return false;
            }
        }

        var question = hostPart.IndexOf('?');
        var headersText = question < 0 ? null : hostPart[(question + 1)..];
        var main = question < 0 ? hostPart : hostPart[..question];
        var semicolon = main.IndexOf(';');
        var hostPort = semicolon < 0 ? main : main[..semicolon];
        if (!TrySplitHostPort(hostPort, out var host, out var port)) return false;

        var parameters = SipParameters.Empty;
        if (semicolon >= 0 && !TryParseComponents(main[(semicolon + 1)..], ';', SipGrammar.IsParamChar, requireValue: false, out parameters)) return false;
        var headers = SipParameters.Empty;
        if (headersText is not null && !TryParseComponents(headersText, '&', SipGrammar.IsHeaderChar, requireValue: true, out headers)) return false;

        uri = new SipUri { Scheme = scheme, User = user, Password = password, Host = host, Port = port, Parameters = parameters, Headers = headers };
        return true;
    }

    private static bool TryParseTel(string rest, out SipUri? uri)
    {
        uri = null;
        var semicolon = rest.IndexOf(';');
        var number = semicolon < 0 ? rest : rest[..semicolon];
        var global = number.StartsWith('+');
        var digits = global ? number[1..] : number;
        if (!digits.Any(char.IsAsciiHexDigit) && !digits.Any(c => c is '*' or '#')) return false;
        if (!AllChars(digits, c => char.IsAsciiDigit(c) || c is '-' or '.' or '(' or ')' || (!global && (char.IsAsciiHexDigit(c) || c is '*' or '#')))) return false;
        var parameters = SipParameters.Empty;
        if (semicolon >= 0 && !TryParseComponents(rest[(semicolon + 1)..], ';', SipGrammar.IsParamChar, requireValue: false, out parameters)) return false;
        uri = new SipUri { Scheme = SipUriScheme.Tel, User = number, Parameters = parameters };
        return true;
    }

    /// <summary>Splits <c>host[:port]</c>, accepting IPv6 references, IPv4 addresses and RFC 1034 host names.</summary>
    internal static bool TrySplitHostPort(string text, out string host, out int? port)
    {
        host = "";
        port = null;
        string portText;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0 || !IPAddress.TryParse(text[1..close], out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6) return false;
            host = text[..(close + 1)];
            portText = text[(close + 1)..];
            if (portText.Length > 0 && portText[0] != ':') return false;
        }
        else
        {
            var colon = text.IndexOf(':');
            host = colon < 0 ? text : text[..colon];
            portText = colon < 0 ? "" : text[colon..];
            if (!IsValidHostName(host)) return false;
        }
        if (portText.Length == 0) return true;
        var digits = portText[1..];
        if (digits.Length is 0 or > 5 || !digits.All(char.IsAsciiDigit)) return false;
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (value > 65535) return false;
        port = value;
        return true;
    }

    private static bool IsValidHostName(string host)
    {
        if (host.Length == 0) return false;
        var labels = host.EndsWith('.') ? host[..^1].Split('.') : host.Split('.');
        if (labels.Length == 4 && labels.All(l => l.Length > 0 && l.All(char.IsAsciiDigit)))
        {
            return labels.All(l => l.Length <= 3 && int.Parse(l, CultureInfo.InvariantCulture) <= 255);
        }
        foreach (var label in labels)
        {
            if (label.Length == 0 || label[0] == '-' || label[^1] == '-') return false;
            if (!AllChars(label, c => char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        }
        return char.IsAsciiLetter(labels[^1][0]);
    }

    private static bool TryParseComponents(string text, char separator, Func<char, bool> allowed, bool requireValue, out SipParameters result)
    {
        result = SipParameters.Empty;
        var items = new List<SipParameter>();
        foreach (var part in text.Split(separator))
        {
            if (part.Length == 0)
            {
                if (requireValue) return false;
                continue;
            }
            var equals = part.IndexOf('=');
            var rawName = equals < 0 ? part : part[..equals];
            var rawValue = equals < 0 ? null : part[(equals + 1)..];
            if (rawName.Length == 0 || !AllChars(rawName, allowed) || (rawValue is not null && !AllChars(rawValue, allowed))) return false;
            if (requireValue && rawValue is null) return false;
            var name = SipGrammar.Unescape(rawName);
            var value = rawValue is null ? null : SipGrammar.Unescape(rawValue);
            if (name is null || (rawValue is not null && value is null)) return false;
            items.Add(new SipParameter(name, value));
        }
        result = new SipParameters(items);
        return true;
    }

    private static bool AllChars(string text, Func<char, bool> allowed)
    {
        foreach (var c in text)
        {
            if (c != '%' && !allowed(c)) return false;
        }
        return true;
    }
}
