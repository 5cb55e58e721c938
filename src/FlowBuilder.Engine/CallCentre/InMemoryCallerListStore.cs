using System.Collections.Concurrent;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>Caller lists in memory, keyed by company and <see cref="CallerNumbers.Normalize"/> of the number; entries are stored normalized.</summary>
public sealed class InMemoryCallerListStore : ICallerListStore
{
    private readonly ConcurrentDictionary<(string CompanyId, string Number), CallerListEntry> _entries = new();

    public ValueTask<CallerListEntry?> FindAsync(string companyId, string number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_entries.GetValueOrDefault((companyId, CallerNumbers.Normalize(number))));

    public ValueTask<IReadOnlyList<CallerListEntry>> ListAsync(string companyId, CallerListKind? kind, CancellationToken cancellationToken)
    {
        IReadOnlyList<CallerListEntry> found = _entries.Values
            .Where(e => e.CompanyId == companyId && (kind is null || e.Kind == kind))
            .OrderBy(e => e.Number, StringComparer.Ordinal)
            .ToList();
        return ValueTask.FromResult(found);
    }

    public ValueTask SaveAsync(CallerListEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var number = CallerNumbers.Normalize(entry.Number);
        _entries[(entry.CompanyId, number)] = entry with { Number = number };
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_entries.TryRemove((companyId, CallerNumbers.Normalize(number)), out _));
}
