using System.Collections.Concurrent;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Keeps instances in memory: for <c>flowbuilder run</c>, tests and benchmarks. Nothing survives the process.</summary>
public sealed class InMemoryInstanceStore : IInstanceStore
{
    private readonly ConcurrentDictionary<string, InstanceSnapshot> _instances = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SortedList<long, JournalEntry>> _journal = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<Incident>> _incidents = new(StringComparer.Ordinal);

    public ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken)
    {
        foreach (var snapshot in batch.Snapshots)
            _instances.AddOrUpdate(snapshot.Id, snapshot, (_, stored) => stored.Revision > snapshot.Revision ? stored : snapshot);
        foreach (var entry in batch.Journal)
        {
            var entries = _journal.GetOrAdd(entry.InstanceId, _ => []);
            lock (entries) entries[entry.Sequence] = entry;
        }
        foreach (var incident in batch.Incidents)
        {
            var list = _incidents.GetOrAdd(incident.InstanceId, _ => []);
            lock (list) list.Add(incident);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<InstanceSnapshot?> GetAsync(string instanceId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_instances.GetValueOrDefault(instanceId));

    public ValueTask<IReadOnlyList<InstanceSnapshot>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<InstanceSnapshot>>(_instances.Values.Where(s => !s.Status.IsFinished()).ToList());

    public ValueTask<string?> FindByBookmarkAsync(string name, string correlationKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_instances.Values.FirstOrDefault(s => s.Status == InstanceStatus.Suspended && s.Bookmark is { } b && b.Name == name && b.CorrelationKey == correlationKey)?.Id);

    public ValueTask<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var matches = _instances.Values
            .Where(s => s.CompanyId == query.CompanyId)
            .Where(s => query.FlowId is null || s.FlowId == query.FlowId)
            .Where(s => query.Status is null || s.Status == query.Status)
            .Where(s => query.CreatedFrom is null || s.CreatedAt >= query.CreatedFrom)
            .Where(s => query.CreatedTo is null || s.CreatedAt < query.CreatedTo)
            .Where(s => query.CorrelationId is null || s.CorrelationId == query.CorrelationId)
            .OrderByDescending(s => s.CreatedAt)
            .ToList();
        return ValueTask.FromResult(new InstancePage(matches.Skip(query.Skip).Take(query.Take).ToList(), matches.Count));
    }

    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!_journal.TryGetValue(instanceId, out var entries)) return ValueTask.FromResult<IReadOnlyList<JournalEntry>>([]);
        lock (entries) return ValueTask.FromResult<IReadOnlyList<JournalEntry>>(entries.Values.ToList());
    }

    public ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!_incidents.TryGetValue(instanceId, out var list)) return ValueTask.FromResult<IReadOnlyList<Incident>>([]);
        lock (list) return ValueTask.FromResult<IReadOnlyList<Incident>>(list.ToList());
    }
}
