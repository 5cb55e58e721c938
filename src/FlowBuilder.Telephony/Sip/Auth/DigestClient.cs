using System.Security.Cryptography;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>
/// Answers 401/407 Digest challenges for one account (RFC 3261 §22.2–22.3, RFC 2617, RFC 7616): prefers
/// SHA-256 to MD5 and qop=auth to auth-int, and counts nc per nonce. Thread-safe.
/// </summary>
public sealed class DigestClient(string username, string password, Func<string>? cnonceSource = null)
{
    private readonly Func<string> _cnonce = cnonceSource ?? (() => RandomNumberGenerator.GetHexString(16, lowercase: true));
    private readonly Dictionary<string, uint> _nonceCounts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string Username { get; } = username;

    /// <summary>The credentials answering one challenge; with qop the request-digest covers nc and cnonce.</summary>
    public static DigestCredentials Answer(
        DigestChallenge challenge, string method, string uri, string username, string password, string? cnonce, uint nonceCount, ReadOnlySpan<byte> body = default)
    {
        var qop = challenge.QopOptions.Contains("auth") ? "auth" : challenge.QopOptions.Contains("auth-int") ? "auth-int" : null;
        var useCnonce = qop is not null || challenge.Algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess;
        cnonce = useCnonce ? cnonce ?? throw new ArgumentNullException(nameof(cnonce), "qop and -sess need a cnonce.") : null;
        var nc = qop is null ? (uint?)null : nonceCount;
        var ha1 = DigestComputation.Ha1(challenge.Algorithm, username, challenge.Realm, password, challenge.Nonce, cnonce);
        var ha2 = DigestComputation.Ha2(challenge.Algorithm, method, uri, qop, body);
        var credentials = new DigestCredentials(username, challenge.Realm, challenge.Nonce, uri, "")
        {
            Algorithm = challenge.Algorithm, Qop = qop, Cnonce = cnonce, NonceCount = nc, Opaque = challenge.Opaque,
        };
        var response = DigestComputation.Response(challenge.Algorithm, ha1, challenge.Nonce, qop, credentials.NonceCountText, cnonce, ha2);
        return credentials with { Response = response };
    }

    /// <summary>
    /// Adds Authorization (for a 401) or Proxy-Authorization (for a 407) to <paramref name="request"/>, one per
    /// challenged realm, replacing earlier credentials for that realm. The caller then sends the request again
    /// with a new CSeq. False when the response carries no usable Digest challenge.
    /// </summary>
    public bool TryAuthorize(SipRequest request, SipResponse challengeResponse)
    {
        var (challenges, headerName) = challengeResponse.StatusCode switch
        {
            401 => (challengeResponse.WwwAuthenticate, SipHeaderNames.Authorization),
            407 => (challengeResponse.ProxyAuthenticate, SipHeaderNames.ProxyAuthorization),
            _ => ([], ""),
        };
        var best = challenges
            .Select(h => DigestChallenge.TryParse(h, out var c) ? c : null)
            .OfType<DigestChallenge>()
            .GroupBy(c => c.Realm)
            .Select(g => g.OrderByDescending(c => c.Algorithm is DigestAlgorithm.Sha256 or DigestAlgorithm.Sha256Sess).First())
            .ToList();
        if (best.Count == 0) return false;

        var uri = request.Uri.ToString();
        var existing = request.Headers.GetValues(headerName);
        request.Headers.Remove(headerName);
        foreach (var value in existing)
        {
            var keep = !SipAuthHeader.TryParse(value, out var header) || !best.Any(c => c.Realm == header.Get("realm"));
            if (keep) request.Headers.Add(headerName, value);
        }
        foreach (var challenge in best)
        {
            uint nc;
            lock (_gate)
            {
                if (_nonceCounts.Count > 256) _nonceCounts.Clear();
                _nonceCounts[challenge.Nonce] = nc = _nonceCounts.GetValueOrDefault(challenge.Nonce) + 1;
            }
            var credentials = Answer(challenge, request.Method, uri, Username, password, _cnonce(), nc, request.Body.Span);
            request.Headers.Add(headerName, credentials.ToString());
        }
        return true;
    }
}
