using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>Digest credentials from Authorization or Proxy-Authorization.</summary>
public sealed record DigestCredentials(string Username, string Realm, string Nonce, string Uri, string Response)
{
    public DigestAlgorithm Algorithm { get; init; } = DigestAlgorithm.Md5;

    public string? Qop { get; init; }

    public string? Cnonce { get; init; }

    /// <summary>The nc value; written as eight lower-case hex digits.</summary>
    public uint? NonceCount { get; init; }

    public string? Opaque { get; init; }

    public string? NonceCountText => NonceCount?.ToString("x8", CultureInfo.InvariantCulture);

    public static bool TryParse(SipAuthHeader header, [NotNullWhen(true)] out DigestCredentials? credentials)
    {
        credentials = null;
        if (!header.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase)) return false;
        if (header.Get("username") is not { } username || header.Get("realm") is not { } realm || header.Get("nonce") is not { } nonce
            || header.Get("uri") is not { } uri || header.Get("response") is not { } response)
        {
            return false;
        }
        if (!DigestComputation.TryParse(header.Get("algorithm"), out var algorithm)) return false;
        uint? nc = null;
        if (header.Get("nc") is { } ncText)
        {
            if (ncText.Length != 8 || !uint.TryParse(ncText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return false;
            nc = value;
        }
        var qop = header.Get("qop");
        var cnonce = header.Get("cnonce");
        if (qop is not null && (cnonce is null || nc is null)) return false;
        credentials = new DigestCredentials(username, realm, nonce, uri, response)
        {
            Algorithm = algorithm, Qop = qop, Cnonce = cnonce, NonceCount = nc, Opaque = header.Get("opaque"),
        };
        return true;
    }

    public SipAuthHeader ToHeader()
    {
        var items = new List<SipParameter>
        {
            new("username", SipGrammar.Quote(Username)),
            new("realm", SipGrammar.Quote(Realm)),
            new("nonce", SipGrammar.Quote(Nonce)),
            new("uri", SipGrammar.Quote(Uri)),
            new("response", SipGrammar.Quote(Response)),
            new("algorithm", DigestComputation.Name(Algorithm)),
        };
        if (Cnonce is not null) items.Add(new("cnonce", SipGrammar.Quote(Cnonce)));
        if (Opaque is not null) items.Add(new("opaque", SipGrammar.Quote(Opaque)));
        if (Qop is not null) items.Add(new("qop", Qop));
        if (NonceCountText is { } nc) items.Add(new("nc", nc));
        return new SipAuthHeader("Digest", new SipParameters(items));
    }

    public override string ToString() => ToHeader().ToString();
}
