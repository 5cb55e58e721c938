using System.Collections.Concurrent;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.Tests.CallCentre.QueueLive;

internal sealed class ListQueueCallStore : IQueueCallStore
{
    private readonly ConcurrentQueue<QueueCallRecord> _records = new();

    public ValueTask AddAsync(QueueCallRecord record, CancellationToken cancellationToken)
    {
        _records.Enqueue(record);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<QueueCallRecord>> ListAsync(string companyId, string? queue, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<QueueCallRecord>>(_records
            .Where(r => r.CompanyId == companyId && (queue is null || r.Queue == queue) && r.EnteredAt >= from && r.EnteredAt < to).ToList());
}
