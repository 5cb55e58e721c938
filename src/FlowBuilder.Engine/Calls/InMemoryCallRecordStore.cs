using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Calls;

public sealed class InMemoryCallRecordStore : ICallRecordStore
{
    private readonly ConcurrentDictionary<string, CallDetailRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Every record, in no particular order (a snapshot).</summary>
    public IReadOnlyList<CallDetailRecord> Records => [.. _records.Values];

    public ValueTask AddAsync(CallDetailRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[record.CallId] = record;
        return ValueTask.CompletedTask;
    }

    public ValueTask<CallDetailRecord?> FindAsync(string callId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_records.GetValueOrDefault(callId));

    public ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(CallRecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<CallDetailRecord> list = _records.Values
            .Where(r => query.CompanyId is null || r.CompanyId == query.CompanyId)
            .Where(r => query.FlowId is null || r.FlowId == query.FlowId)
            .Where(r => query.InstanceId is null || r.InstanceId == query.InstanceId)
            .Where(r => query.From is null || r.StartedAt >= query.From)
            .Where(r => query.To is null || r.StartedAt < query.To)
            .OrderByDescending(r => r.StartedAt)
            .Take(Math.Clamp(query.Limit, 1, 1000))
            .ToList();
        return ValueTask.FromResult(list);
    }
}
