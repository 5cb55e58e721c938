using System.Net;

namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>
/// Brute-force protection for digest authentication: counts failures per source address and per user name within a
/// sliding window; at the limit the key is blocked for a while, during which its requests are refused unchecked. Thread-safe.
/// </summary>
internal sealed class FailedAuthenticationLimiter(int maxFailures, TimeSpan window, TimeSpan block, TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether the address, or the user, is blocked now.</summary>
    public bool IsBlocked(IPAddress source, string? user)
    {
        var now = time.GetUtcNow();
        lock (_gate) return Blocked(AddressKey(source), now) || (user is not null && Blocked(UserKey(user), now));
    }

    /// <summary>Counts one failure; true when it made the address or the user blocked.</summary>
    public bool RecordFailure(IPAddress source, string? user)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_entries.Count >= MaxTracked) Prune(now);
            var blocked = Count(AddressKey(source), now);
            if (user is not null) blocked |= Count(UserKey(user), now);
            return blocked;
        }
    }

    /// <summary>A success forgets the address's failures (not the user's: another address may be guessing).</summary>
    public void RecordSuccess(IPAddress source)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(AddressKey(source), out var entry) && entry.BlockedUntil is null) _entries.Remove(AddressKey(source));
        }
    }

    private bool Blocked(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && entry.BlockedUntil is { } until && until > now;

    private bool Count(string key, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(key, out var entry)) _entries[key] = entry = new Entry();
        if (entry.BlockedUntil is { } until)
        {
            if (until > now) return false;
            entry.BlockedUntil = null;
            entry.Failures.Clear();
        }
        while (entry.Failures.Count > 0 && now - entry.Failures.Peek() >= window) entry.Failures.Dequeue();
        entry.Failures.Enqueue(now);
        if (entry.Failures.Count < maxFailures) return false;
        entry.BlockedUntil = now + block;
        entry.Failures.Clear();
        return true;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries.ToList())
        {
            var stale = entry.BlockedUntil is { } until ? until <= now : entry.Failures.Count == 0 || now - entry.Failures.Last() >= window;
            if (stale) _entries.Remove(key);
        }
    }

    private static string AddressKey(IPAddress address) => "a:" + address;

    private static string UserKey(string user) => "u:" + user;

    private sealed class Entry
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public DateTimeOffset? BlockedUntil { get; set; }
    }
}
