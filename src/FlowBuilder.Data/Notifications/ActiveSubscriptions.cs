using System.Collections.Concurrent;

namespace FlowBuilder.Data.Notifications;

/// <summary>
/// Each company's active subscriptions (id and event types), kept in memory for up to <see cref="MaxAge"/> so that
/// publishing an event nobody subscribed to costs no query. Changes made through this process drop the company's
/// entry at once; changes made on another node show within <see cref="MaxAge"/>.
/// </summary>
internal sealed class ActiveSubscriptions
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _byCompany = new(StringComparer.Ordinal);

    public bool TryGet(string companyId, out IReadOnlyList<(string Id, string Events)> subscriptions)
    {
        if (_byCompany.TryGetValue(companyId, out var entry) && Environment.TickCount64 - entry.LoadedAt < MaxAge.TotalMilliseconds)
        {
            subscriptions = entry.Subscriptions;
            return true;
        }
        subscriptions = [];
        return false;
    }

    public void Set(string companyId, IReadOnlyList<(string Id, string Events)> subscriptions, long loadedAt) =>
        _byCompany[companyId] = new Entry(loadedAt, subscriptions);

    public void Forget(string companyId) => _byCompany.TryRemove(companyId, out _);

    /// <summary>The ids of the subscriptions whose types include <paramref name="type"/> or <c>*</c>.</summary>
    public static List<string> Matching(IReadOnlyList<(string Id, string Events)> subscriptions, string type)
    {
        var typeKey = "," + type + ",";
        var ids = new List<string>();
        foreach (var (id, events) in subscriptions)
        {
            if (events.Contains(typeKey, StringComparison.Ordinal) || events.Contains(",*,", StringComparison.Ordinal)) ids.Add(id);
        }
        return ids;
    }

    private sealed record Entry(long LoadedAt, IReadOnlyList<(string Id, string Events)> Subscriptions);
}
