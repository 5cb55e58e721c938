using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Testing;

/// <summary>An in-memory instance store whose writes a test can intercept (gate them, signal on them).</summary>
public abstract class ForwardingInstanceStore : IInstanceStore
{
    protected InMemoryInstanceStore Inner { get; } = new();

    public virtual ValueTask WriteAsync(PersistenceBatch batch, CancellationToken cancellationToken) => Inner.WriteAsync(batch, cancellationToken);
    public ValueTask<InstanceSnapshot?> GetAsync(string instanceId, CancellationToken cancellationToken) => Inner.GetAsync(instanceId, cancellationToken);
    public ValueTask<IReadOnlyList<InstanceSnapshot>> ListUnfinishedAsync(CancellationToken cancellationToken) => Inner.ListUnfinishedAsync(cancellationToken);
    public ValueTask<string?> FindByBookmarkAsync(string name, string correlationKey, CancellationToken cancellationToken) => Inner.FindByBookmarkAsync(name, correlationKey, cancellationToken);
    public ValueTask<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken) => Inner.QueryAsync(query, cancellationToken);
    public ValueTask<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken) => Inner.GetJournalAsync(instanceId, cancellationToken);
    public ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken) => Inner.GetIncidentsAsync(instanceId, cancellationToken);
}
