using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlowBuilder.Engine.Http;

/// <summary>The signature FlowBuilder puts on what it sends (HTTP Request with HMAC auth, event notifications) and
/// checks on signed webhooks: header <c>X-FlowBuilder-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where the hex is
/// HMAC-SHA256 with the shared secret over <c>"{t}." + body bytes</c>. Several <c>v1=</c> entries may be given
/// (secret rotation); one match is enough.</summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-FlowBuilder-Signature";

    public static string Create(string secret, DateTimeOffset timestamp, ReadOnlySpan<byte> body)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Compute(secret, t, body))}";
    }

    /// <summary>Checks a header value against the body. <paramref name="tolerance"/> bounds how far the timestamp may be from now.</summary>
    public static SignatureCheck Verify(string? header, string secret, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrWhiteSpace(header)) return SignatureCheck.Missing;
        string? t = null;
        var candidates = new List<string>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) continue;
            var key = part[..eq];
            var value = part[(eq + 1)..];
            if (key == "t") t = value;
            else if (key == "v1") candidates.Add(value);
        }
        if (t is null || candidates.Count == 0 || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.Malformed;
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - signedAt).Duration() > tolerance) return SignatureCheck.Expired;
        var expected = Compute(secret, t, body);
        foreach (var candidate in candidates)
        {
            if (candidate.Length != expected.Length * 2) continue;
            byte[] given;
            try { given = Convert.FromHexString(candidate); }
            catch (FormatException) { continue; }
            if (CryptographicOperations.FixedTimeEquals(given, expected)) return SignatureCheck.Valid;
        }
        return SignatureCheck.Mismatch;
    }

    private static byte[] Compute(string secret, string t, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(t + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
