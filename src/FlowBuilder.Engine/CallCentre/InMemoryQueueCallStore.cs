using System.Collections.Concurrent;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>Queue call records in memory; the same id again replaces the record.</summary>
public sealed class InMemoryQueueCallStore : IQueueCallStore
{
    private readonly ConcurrentDictionary<string, QueueCallRecord> _records = new(StringComparer.Ordinal);

    public ValueTask AddAsync(QueueCallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[record.Id] = record;
        return ValueTask.CompletedTask;
    }

    /// <summary>Oldest first.</summary>
    public ValueTask<IReadOnlyList<QueueCallRecord>> ListAsync(string companyId, string? queue, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        IReadOnlyList<QueueCallRecord> found = _records.Values
            .Where(r => r.CompanyId == companyId && (queue is null || r.Queue == queue) && r.EnteredAt >= from && r.EnteredAt < to)
            .OrderBy(r => r.EnteredAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return ValueTask.FromResult(found);
    }
}
