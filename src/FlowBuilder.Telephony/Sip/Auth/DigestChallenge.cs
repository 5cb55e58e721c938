using System.Diagnostics.CodeAnalysis;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>A Digest challenge from WWW-Authenticate (401) or Proxy-Authenticate (407).</summary>
public sealed record DigestChallenge(string Realm, string Nonce)
{
    public DigestAlgorithm Algorithm { get; init; } = DigestAlgorithm.Md5;

    /// <summary>Offered qop values (<c>auth</c>, <c>auth-int</c>); empty for an RFC 2069 challenge.</summary>
    public IReadOnlyList<string> QopOptions { get; init; } = [];

    public string? Opaque { get; init; }

    public bool Stale { get; init; }

    public string? Domain { get; init; }

    /// <summary>Reads a Digest challenge; false for other schemes, unknown algorithms or missing realm/nonce.</summary>
    public static bool TryParse(SipAuthHeader header, [NotNullWhen(true)] out DigestChallenge? challenge)
    {
        challenge = null;
        if (!header.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase)) return false;
        if (header.Get("realm") is not { } realm || header.Get("nonce") is not { } nonce) return false;
        if (!DigestComputation.TryParse(header.Get("algorithm"), out var algorithm)) return false;
        challenge = new DigestChallenge(realm, nonce)
        {
            Algorithm = algorithm,
            QopOptions = header.Get("qop")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
            Opaque = header.Get("opaque"),
            Stale = string.Equals(header.Get("stale"), "true", StringComparison.OrdinalIgnoreCase),
            Domain = header.Get("domain"),
        };
        return true;
    }

    public SipAuthHeader ToHeader()
    {
        var items = new List<SipParameter> { new("realm", SipGrammar.Quote(Realm)) };
        if (Domain is not null) items.Add(new("domain", SipGrammar.Quote(Domain)));
        items.Add(new("nonce", SipGrammar.Quote(Nonce)));
        if (Opaque is not null) items.Add(new("opaque", SipGrammar.Quote(Opaque)));
        if (Stale) items.Add(new("stale", "TRUE"));
        items.Add(new("algorithm", DigestComputation.Name(Algorithm)));
        if (QopOptions.Count > 0) items.Add(new("qop", SipGrammar.Quote(string.Join(",", QopOptions))));
        return new SipAuthHeader("Digest", new SipParameters(items));
    }

    public override string ToString() => ToHeader().ToString();
}
