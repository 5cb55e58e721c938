using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>Operator page sessions, in memory: tokens are 32 random bytes (base64url) valid for <see cref="Lifetime"/>. One
/// session per extension: signing in again ends the previous one. A restart signs everybody out.</summary>
internal sealed class OperatorSessions(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, OperatorSession> _byToken = new(StringComparer.Ordinal);

    public OperatorSession Open(string companyId, string campaignId, string extension)
    {
        foreach (var old in _byToken.Values.Where(s => s.Extension == extension && s.CompanyId == companyId)) _byToken.TryRemove(old.Token, out _);
        var session = new OperatorSession(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), companyId, campaignId, extension, time.GetUtcNow() + Lifetime);
        _byToken[session.Token] = session;
        return session;
    }

    /// <summary>The live session of <paramref name="token"/>; null when unknown or expired (an expired one is forgotten).</summary>
    public OperatorSession? Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_byToken.TryGetValue(token, out var session)) return null;
        if (session.ExpiresAt > time.GetUtcNow()) return session;
        _byToken.TryRemove(token, out _);
        return null;
    }

    public bool Close(string token) => _byToken.TryRemove(token, out _);
}
