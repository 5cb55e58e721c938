using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Testing.CallCentre;

/// <summary>Queue call records in a list, for tests; <see cref="Added"/> completes with each record as it is written.</summary>
public sealed class FakeQueueCallStore : IQueueCallStore
{
    private readonly Lock _gate = new();
    private readonly List<QueueCallRecord> _records = [];
    private readonly List<(Func<QueueCallRecord, bool> Match, TaskCompletionSource<QueueCallRecord> Done)> _waiters = [];

    public IReadOnlyList<QueueCallRecord> Records
    {
        get
        {
            lock (_gate) return _records.ToList();
        }
    }

    public ValueTask AddAsync(QueueCallRecord record, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _records.Add(record);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (!_waiters[i].Match(record)) continue;
                _waiters[i].Done.TrySetResult(record);
                _waiters.RemoveAt(i);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<QueueCallRecord>> ListAsync(string companyId, string? queue, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<QueueCallRecord> list = _records
                .Where(r => r.CompanyId == companyId && (queue is null || r.Queue == queue) && r.EnteredAt >= from && r.EnteredAt < to)
                .OrderBy(r => r.EnteredAt).ToList();
            return ValueTask.FromResult(list);
        }
    }

    /// <summary>Completes with the first record (written already or later) of the call.</summary>
    public Task<QueueCallRecord> RecordOfAsync(string callId)
    {
        lock (_gate)
        {
            if (_records.Find(r => r.CallId == callId) is { } seen) return Task.FromResult(seen);
            var done = new TaskCompletionSource<QueueCallRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((r => r.CallId == callId, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
