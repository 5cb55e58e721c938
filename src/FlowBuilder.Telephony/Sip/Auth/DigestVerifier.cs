using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>
/// Server side of Digest authentication for a registrar: issues stateless, signed, time-stamped nonces
/// and verifies credentials against a password, with stale-nonce and nc-replay detection. Thread-safe.
/// </summary>
public sealed class DigestVerifier
{
    private const int StampLength = 8;
    private const int SaltLength = 8;
    private const int SignatureLength = 16;
    private readonly byte[] _key;
    private readonly DigestVerifierOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, uint> _lastNonceCount = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public DigestVerifier(string realm, DigestVerifierOptions? options = null, TimeProvider? timeProvider = null)
    {
        Realm = realm;
        _options = options ?? new DigestVerifierOptions();
        _time = timeProvider ?? TimeProvider.System;
        _key = _options.NonceKey ?? RandomNumberGenerator.GetBytes(32);
    }

    public string Realm { get; }

    public DigestChallenge CreateChallenge(bool stale = false) => new(Realm, CreateNonce())
    {
        Algorithm = _options.Algorithm,
        QopOptions = ["auth"],
        Stale = stale,
    };

    public DigestVerification Verify(DigestCredentials credentials, string method, string password, ReadOnlySpan<byte> body = default)
    {
        if (credentials.Realm != Realm) return DigestVerification.WrongRealm;
        if (ReadNonceTime(credentials.Nonce) is not { } issued) return DigestVerification.InvalidNonce;
        if (credentials.Qop is null && _options.RequireQop) return DigestVerification.QopMissing;

        var ha1 = DigestComputation.Ha1(credentials.Algorithm, credentials.Username, Realm, password, credentials.Nonce, credentials.Cnonce);
        var ha2 = DigestComputation.Ha2(credentials.Algorithm, method, credentials.Uri, credentials.Qop, body);
        var expected = DigestComputation.Response(
            credentials.Algorithm, ha1, credentials.Nonce, credentials.Qop, credentials.NonceCountText, credentials.Cnonce, ha2);
        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(credentials.Response.ToLowerInvariant()));
        if (!matches) return DigestVerification.WrongResponse;

        var now = _time.GetUtcNow();
        if (now - issued > _options.NonceLifetime) return DigestVerification.StaleNonce;
        if (credentials.NonceCount is { } nc)
        {
            lock (_gate)
            {
                if (_lastNonceCount.TryGetValue(credentials.Nonce, out var last) && nc <= last) return DigestVerification.ReplayedNonceCount;
                if (_lastNonceCount.Count >= 4096) Prune(now);
                _lastNonceCount[credentials.Nonce] = nc;
            }
        }
        return DigestVerification.Valid;
    }

    /// <summary>Time stamp, random salt (two challenges in the same millisecond differ, so their nc counts apart), signature.</summary>
    private string CreateNonce()
    {
        Span<byte> nonce = stackalloc byte[StampLength + SaltLength + SignatureLength];
        BinaryPrimitives.WriteInt64BigEndian(nonce, _time.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(nonce.Slice(StampLength, SaltLength));
        Sign(nonce[..(StampLength + SaltLength)], nonce[(StampLength + SaltLength)..]);
        return Convert.ToBase64String(nonce);
    }

    private DateTimeOffset? ReadNonceTime(string nonce)
    {
        Span<byte> bytes = stackalloc byte[StampLength + SaltLength + SignatureLength];
        if (!Convert.TryFromBase64String(nonce, bytes, out var written) || written != bytes.Length) return null;
        Span<byte> signature = stackalloc byte[SignatureLength];
        Sign(bytes[..(StampLength + SaltLength)], signature);
        if (!CryptographicOperations.FixedTimeEquals(signature, bytes[(StampLength + SaltLength)..])) return null;
        return DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(bytes));
    }

    private void Sign(ReadOnlySpan<byte> stamp, Span<byte> signature)
    {
        var realm = Encoding.UTF8.GetBytes(Realm);
        var input = new byte[stamp.Length + realm.Length];
        stamp.CopyTo(input);
        realm.CopyTo(input, stamp.Length);
        HMACSHA256.HashData(_key, input)[..SignatureLength].CopyTo(signature);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var nonce in _lastNonceCount.Keys.ToList())
        {
            if (ReadNonceTime(nonce) is not { } issued || now - issued > _options.NonceLifetime) _lastNonceCount.Remove(nonce);
        }
        if (_lastNonceCount.Count >= 4096) _lastNonceCount.Clear();
    }
}
