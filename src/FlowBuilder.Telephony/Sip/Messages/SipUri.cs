using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>
/// A sip:, sips: or tel: URI (RFC 3261 §19.1, RFC 3966). User, password and parameter values are held
/// unescaped and escaped again when written. Equality follows RFC 3261 §19.1.4. For tel: URIs the
/// number is in <see cref="User"/> and <see cref="Host"/> is empty.
/// </summary>
public sealed partial record SipUri
{
    private static readonly string[] SignificantParameters = ["user", "ttl", "method", "maddr", "transport"];

    public SipUriScheme Scheme { get; init; } = SipUriScheme.Sip;

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Host name, IPv4 address, or IPv6 reference in brackets (<c>[2001:db8::1]</c>).</summary>
    public string Host { get; init; } = "";

    public int? Port { get; init; }

    public SipParameters Parameters { get; init; } = SipParameters.Empty;

    /// <summary>The <c>?name=value&amp;…</c> header components.</summary>
    public SipParameters Headers { get; init; } = SipParameters.Empty;

    public string? Transport => Parameters.Get("transport");

    /// <summary>True when the URI carries <c>;lr</c> (a loose-routing proxy, RFC 3261 §16.12).</summary>
    public bool IsLooseRouter => Parameters.Contains("lr");

    /// <summary><c>host[:port]</c>.</summary>
    public string HostPort => Port is { } port ? $"{Host}:{port}" : Host;

    public SipUri WithParameter(string name, string? value) => this with { Parameters = Parameters.With(name, value) };

    public SipUri WithoutParameter(string name) => this with { Parameters = Parameters.Without(name) };

    /// <summary>The host as an IP address when it is an IPv4 or IPv6 literal.</summary>
    public IPAddress? TryGetAddress()
    {
        var host = Host.StartsWith('[') && Host.EndsWith(']') ? Host[1..^1] : Host;
        return IPAddress.TryParse(host, out var address) && (Host.StartsWith('[') || address.AddressFamily == AddressFamily.InterNetwork)
            ? address
            : null;
    }

    public static SipUri Parse(string text) =>
        TryParse(text, out var uri) ? uri : throw new FormatException($"'{text}' is not a valid SIP or tel URI.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SipUri? uri)
    {
        uri = null;
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\u007f') return false;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = text[..colon].ToLowerInvariant();
        var rest = text[(colon + 1)..];
        return scheme switch
        {
            "sip" => TryParseSip(SipUriScheme.Sip, rest, out uri),
            "sips" => TryParseSip(SipUriScheme.Sips, rest, out uri),
            "tel" => TryParseTel(rest, out uri),
            _ => false,
        };
    }

    /// <summary>The scheme of an absolute URI such as <c>mailto:x</c>, or null when there is none.</summary>
    internal static string? SchemeOf(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(text[0]) && text[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? text[..colon]
            : null;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(64);
        if (Scheme == SipUriScheme.Tel)
        {
            builder.Append("tel:").Append(User);
            AppendParameters(builder, Parameters, ';', ';', SipGrammar.IsParamChar);
            return builder.ToString();
        }
        builder.Append(Scheme == SipUriScheme.Sips ? "sips:" : "sip:");
        if (User is not null)
        {
            builder.Append(SipGrammar.Escape(User, SipGrammar.IsUserChar));
            if (Password is not null) builder.Append(':').Append(SipGrammar.Escape(Password, SipGrammar.IsPasswordChar));
            builder.Append('@');
        }
        builder.Append(Host);
        if (Port is { } port) builder.Append(':').Append(port);
        AppendParameters(builder, Parameters, ';', ';', SipGrammar.IsParamChar);
        AppendParameters(builder, Headers, '?', '&', SipGrammar.IsHeaderChar);
        return builder.ToString();
    }

    private static void AppendParameters(StringBuilder builder, SipParameters parameters, char first, char next, Func<char, bool> allowed)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var (name, value) = parameters[i];
            builder.Append(i == 0 ? first : next).Append(SipGrammar.Escape(name, allowed));
            if (value is not null) builder.Append('=').Append(SipGrammar.Escape(value, allowed));
        }
    }

    public bool Equals(SipUri? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || Scheme != other.Scheme) return false;
        if (Scheme == SipUriScheme.Tel)
        {
            return string.Equals(TelNumberKey(User), TelNumberKey(other.User), StringComparison.OrdinalIgnoreCase)
                && Parameters.Equals(other.Parameters);
        }
        if (!string.Equals(User, other.User, StringComparison.Ordinal)
            || !string.Equals(Password, other.Password, StringComparison.Ordinal)
            || !HostEquals(Host, other.Host)
            || Port != other.Port)
        {
            return false;
        }
        foreach (var name in SignificantParameters)
        {
            if (Parameters.Contains(name) != other.Parameters.Contains(name)) return false;
        }
        foreach (var (name, value) in Parameters)
        {
            if (other.Parameters.Contains(name) && !string.Equals(value, other.Parameters.Get(name), StringComparison.OrdinalIgnoreCase)) return false;
        }
        return Headers.Equals(other.Headers);
    }

    public override int GetHashCode()
    {
        var host = TryGetAddress()?.ToString() ?? Host.ToLowerInvariant();
        return Scheme == SipUriScheme.Tel
            ? HashCode.Combine(Scheme, TelNumberKey(User)?.ToLowerInvariant())
            : HashCode.Combine(Scheme, User, host, Port);
    }

    private static bool HostEquals(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        return a.StartsWith('[') && b.StartsWith('[')
            && IPAddress.TryParse(a[1..^1], out var x) && IPAddress.TryParse(b[1..^1], out var y) && x.Equals(y);
    }

    private static string? TelNumberKey(string? number) =>
        number is null ? null : string.Concat(number.Where(c => c is not ('-' or '.' or '(' or ')')));
}
