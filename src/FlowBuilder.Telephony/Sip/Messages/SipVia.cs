using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>One Via value (RFC 3261 §20.42, RFC 3581 rport): <c>SIP/2.0/UDP host:port;branch=z9hG4bK…</c>.</summary>
public sealed record SipVia(string Transport, string Host, int? Port, SipParameters Parameters)
{
    /// <summary>The prefix every RFC 3261 branch starts with (§8.1.1.7).</summary>
    public const string MagicCookie = "z9hG4bK";

    public string Protocol { get; init; } = "SIP/2.0";

    public string? Branch => Parameters.Get("branch");

    public bool HasMagicCookie => Branch?.StartsWith(MagicCookie, StringComparison.Ordinal) == true;

    public string? Received => Parameters.Get("received");

    public string? Maddr => Parameters.Get("maddr");

    public int? Ttl => IntParameter("ttl");

    /// <summary>True when <c>rport</c> is present, with or without a value.</summary>
    public bool HasRPort => Parameters.Contains("rport");

    /// <summary>The rport value a server filled in, or null when absent or empty.</summary>
    public int? RPort => IntParameter("rport");

    /// <summary><c>host[:port]</c> as written, used for transaction matching.</summary>
    public string SentBy => Port is { } port ? $"{Host}:{port}" : Host;

    public SipVia WithBranch(string branch) => WithParameter("branch", branch);

    public SipVia WithParameter(string name, string? value) => this with { Parameters = Parameters.With(name, value) };

    public static SipVia Parse(string text) =>
        TryParse(text, out var via) ? via : throw new FormatException($"'{text}' is not a valid Via value.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SipVia? via)
    {
        via = null;
        if (text is null) return false;
        var semicolon = text.IndexOf(';');
        var head = semicolon < 0 ? text : text[..semicolon];
        var pieces = head.Split('/');
        if (pieces.Length != 3) return false;
        var name = pieces[0].Trim(' ', '\t');
        var version = pieces[1].Trim(' ', '\t');
        var rest = pieces[2].Trim(' ', '\t');
        var space = rest.IndexOfAny([' ', '\t']);
        if (space < 0) return false;
        var transport = rest[..space];
        var sentBy = string.Concat(rest[space..].Where(c => !SipGrammar.IsWhitespace(c)));
        if (!SipGrammar.IsToken(name) || !SipGrammar.IsToken(version) || !SipGrammar.IsToken(transport)) return false;
        if (!SipUri.TrySplitHostPort(sentBy, out var host, out var port)) return false;
        var parameters = semicolon < 0 ? SipParameters.Empty : SipParameters.Parse(text[semicolon..]);
        if (parameters is null) return false;
        via = new SipVia(transport.ToUpperInvariant(), host, port, parameters) { Protocol = $"{name.ToUpperInvariant()}/{version}" };
        return true;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(96).Append(Protocol).Append('/').Append(Transport).Append(' ').Append(Host);
        if (Port is { } port) builder.Append(':').Append(port);
        Parameters.AppendTo(builder);
        return builder.ToString();
    }

    private int? IntParameter(string name) =>
        int.TryParse(Parameters.Get(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
