namespace FlowBuilder.Telephony.Sip.Auth;

public sealed record DigestVerifierOptions
{
    /// <summary>How long a nonce stays fresh. Default five minutes.</summary>
    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The algorithm offered in challenges. Default MD5, which every SIP phone supports.</summary>
    public DigestAlgorithm Algorithm { get; init; } = DigestAlgorithm.Md5;

    /// <summary>Whether credentials without qop (RFC 2069 style) are refused. Default true.</summary>
    public bool RequireQop { get; init; } = true;

    /// <summary>Key that signs nonces; random when null. Nodes sharing a realm must share it.</summary>
    public byte[]? NonceKey { get; init; }
}
