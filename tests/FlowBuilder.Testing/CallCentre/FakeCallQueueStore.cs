using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Testing.CallCentre;

/// <summary>Queue definitions in a dictionary, for tests (the product's store is another's).</summary>
public sealed class FakeCallQueueStore : ICallQueueStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string CompanyId, string Name), CallQueueDefinition> _queues = new();

    public ValueTask<CallQueueDefinition?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_queues.GetValueOrDefault((companyId, name)));
    }

    public ValueTask<IReadOnlyList<CallQueueDefinition>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<CallQueueDefinition> list = _queues.Values.Where(q => q.CompanyId == companyId).OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask SaveAsync(CallQueueDefinition queue, CancellationToken cancellationToken)
    {
        lock (_gate) _queues[(queue.CompanyId, queue.Name)] = queue;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_queues.Remove((companyId, name)));
    }
}
