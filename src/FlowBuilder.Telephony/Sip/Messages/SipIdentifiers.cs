using System.Security.Cryptography;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>Random identifiers with enough entropy for RFC 3261 (§8.1.1.4, §8.1.1.7, §19.3).</summary>
public static class SipIdentifiers
{
    /// <summary>A Via branch starting with the magic cookie <c>z9hG4bK</c>.</summary>
    public static string NewBranch() => SipVia.MagicCookie + RandomNumberGenerator.GetHexString(20, lowercase: true);

    /// <summary>A From/To tag with 64 random bits.</summary>
    public static string NewTag() => RandomNumberGenerator.GetHexString(16, lowercase: true);

    /// <summary>A Call-ID with 128 random bits, optionally <c>@host</c>.</summary>
    public static string NewCallId(string? host = null) =>
        RandomNumberGenerator.GetHexString(32, lowercase: true) + (host is null ? "" : "@" + host);
}
