using System.Collections.Concurrent;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>At most 5 failed sign-ins per e-mail and client address in 15 minutes; then refuses until the oldest failure ages out.</summary>
internal sealed class SignInLimiter(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait; null when a sign-in may be tried now.</summary>
    public TimeSpan? RetryAfter(string email, string? address)
    {
        if (!_failures.TryGetValue(Key(email, address), out var failures)) return null;
        var now = time.GetUtcNow();
        lock (failures)
        {
            failures.RemoveAll(at => now - at >= Window);
            return failures.Count < MaxFailures ? null : failures[0] + Window - now;
        }
    }

    public void Failed(string email, string? address)
    {
        var failures = _failures.GetOrAdd(Key(email, address), _ => []);
        lock (failures) failures.Add(time.GetUtcNow());
    }

    public void Succeeded(string email, string? address) => _failures.TryRemove(Key(email, address), out _);

    private static string Key(string email, string? address) => $"{email.Trim().ToLowerInvariant()}|{address}";
}
