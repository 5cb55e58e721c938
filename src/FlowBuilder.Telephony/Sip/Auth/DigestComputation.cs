using System.Security.Cryptography;
using System.Text;

namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>The digest arithmetic of RFC 2617 §3.2.2 / RFC 7616 §3.4.1: HA1, HA2 and the request-digest, in lower-case hex.</summary>
internal static class DigestComputation
{
    public static string Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5 => "MD5",
        DigestAlgorithm.Md5Sess => "MD5-sess",
        DigestAlgorithm.Sha256 => "SHA-256",
        _ => "SHA-256-sess",
    };

    /// <summary>Parses an algorithm name case-insensitively; a missing name means MD5.</summary>
    public static bool TryParse(string? name, out DigestAlgorithm algorithm)
    {
        algorithm = DigestAlgorithm.Md5;
        switch (name?.ToUpperInvariant())
        {
            case null or "MD5": return true;
            case "MD5-SESS": algorithm = DigestAlgorithm.Md5Sess; return true;
            case "SHA-256": algorithm = DigestAlgorithm.Sha256; return true;
            case "SHA-256-SESS": algorithm = DigestAlgorithm.Sha256Sess; return true;
            default: return false;
        }
    }

    public static string Hash(DigestAlgorithm algorithm, string text) => Hash(algorithm, Encoding.UTF8.GetBytes(text));

    public static string Hash(DigestAlgorithm algorithm, ReadOnlySpan<byte> data)
    {
        var digest = algorithm is DigestAlgorithm.Md5 or DigestAlgorithm.Md5Sess ? MD5.HashData(data) : SHA256.HashData(data);
        return Convert.ToHexStringLower(digest);
    }

    public static string Ha1(DigestAlgorithm algorithm, string username, string realm, string password, string nonce, string? cnonce)
    {
        var ha1 = Hash(algorithm, $"{username}:{realm}:{password}");
        return algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess ? Hash(algorithm, $"{ha1}:{nonce}:{cnonce}") : ha1;
    }

    public static string Ha2(DigestAlgorithm algorithm, string method, string uri, string? qop, ReadOnlySpan<byte> body) =>
        qop == "auth-int" ? Hash(algorithm, $"{method}:{uri}:{Hash(algorithm, body)}") : Hash(algorithm, $"{method}:{uri}");

    /// <summary>The request-digest; without qop it is the RFC 2069 form H(HA1:nonce:HA2).</summary>
    public static string Response(DigestAlgorithm algorithm, string ha1, string nonce, string? qop, string? nonceCount, string? cnonce, string ha2) =>
        qop is null
            ? Hash(algorithm, $"{ha1}:{nonce}:{ha2}")
            : Hash(algorithm, $"{ha1}:{nonce}:{nonceCount}:{cnonce}:{qop}:{ha2}");
}
