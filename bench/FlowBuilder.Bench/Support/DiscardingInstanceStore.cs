using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Bench.Support;

/// <summary>
/// An instance store that keeps nothing, for the steps benchmark: the engine still takes every
/// snapshot and journal entry and hands them to its writer in batches (that cost is measured), but
/// millions of finished instances do not pile up in memory and skew the GC. The durable benchmark
/// uses the real stores.
/// </summary>
internal sealed class DiscardingInstanceStore : IInstanceStore
{
    /// <summary>Snapshots handed over so far (the engine's single writer calls <see cref="WriteAsync"/>).</summary>
    public long Snapshots { get; private set; }

    public long JournalEntries { get; private set; }

    public ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken)
    {
        Snapshots += batch.Snapshots.Count;
        JournalEntries += batch.Journal.Count;
        return ValueTask.CompletedTask;
    }

    public ValueTask<InstanceSnapshot?> GetAsync(string instanceId, CancellationToken cancellationToken) => ValueTask.FromResult<InstanceSnapshot?>(null);

    public ValueTask<IReadOnlyList<InstanceSnapshot>> ListUnfinishedAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<InstanceSnapshot>>([]);

    public ValueTask<string?> FindByBookmarkAsync(string name, string correlationKey, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public ValueTask<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(new InstancePage([], 0));

    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<JournalEntry>>([]);

    public ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<Incident>>([]);
}
