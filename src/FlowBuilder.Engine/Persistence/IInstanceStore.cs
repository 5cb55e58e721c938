using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Durable instance state, journal and incidents. Implemented by FlowBuilder.Data (SQLite,
/// PostgreSQL) and in memory for the CLI and tests.</summary>
public interface IInstanceStore
{
    /// <summary>Writes a batch atomically. A snapshot older (lower revision) than the stored one is ignored;
    /// a journal entry with an existing (instance, sequence) replaces it.</summary>
    ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken);

    ValueTask<InstanceSnapshot?> GetAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Instances that were Suspended or Running when the process last stopped, for recovery at start.</summary>
    ValueTask<IReadOnlyList<InstanceSnapshot>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The suspended instance whose bookmark has this name and correlation key, if any.</summary>
    ValueTask<string?> FindByBookmarkAsync(string name, string correlationKey, CancellationToken cancellationToken);

    ValueTask<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken);
}
