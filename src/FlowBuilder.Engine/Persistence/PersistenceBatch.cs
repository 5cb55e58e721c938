using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Persistence;

/// <summary>What one write to the store carries: the latest snapshot of each instance touched, the
/// journal entries and the incidents since the last write. A store writes a batch in one transaction,
/// so a snapshot is never durable without the journal that led to it.</summary>
public sealed record PersistenceBatch(
    IReadOnlyList<InstanceSnapshot> Snapshots,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<Incident> Incidents)
{
    public bool IsEmpty => Snapshots.Count == 0 && Journal.Count == 0 && Incidents.Count == 0;
}
