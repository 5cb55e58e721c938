using System.Collections.Concurrent;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>Queue definitions in memory, keyed by company and name.</summary>
public sealed class InMemoryCallQueueStore : ICallQueueStore
{
    private readonly ConcurrentDictionary<(string CompanyId, string Name), CallQueueDefinition> _queues = new();

    public ValueTask<CallQueueDefinition?> FindAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_queues.GetValueOrDefault((companyId, name)));

    public ValueTask<IReadOnlyList<CallQueueDefinition>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        IReadOnlyList<CallQueueDefinition> found = _queues.Values.Where(q => q.CompanyId == companyId).OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
        return ValueTask.FromResult(found);
    }

    public ValueTask SaveAsync(CallQueueDefinition queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        _queues[(queue.CompanyId, queue.Name)] = queue;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_queues.TryRemove((companyId, name), out _));
}
