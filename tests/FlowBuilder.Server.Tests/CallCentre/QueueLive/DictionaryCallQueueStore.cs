using System.Collections.Concurrent;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.Tests.CallCentre.QueueLive;

internal sealed class DictionaryCallQueueStore : ICallQueueStore
{
    private readonly ConcurrentDictionary<(string, string), CallQueueDefinition> _queues = new();

    public ValueTask<CallQueueDefinition?> FindAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_queues.GetValueOrDefault((companyId, name)));

    public ValueTask<IReadOnlyList<CallQueueDefinition>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CallQueueDefinition>>(_queues.Values.Where(q => q.CompanyId == companyId).OrderBy(q => q.Name, StringComparer.Ordinal).ToList());

    public ValueTask SaveAsync(CallQueueDefinition queue, CancellationToken cancellationToken)
    {
        _queues[(queue.CompanyId, queue.Name)] = queue;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_queues.TryRemove((companyId, name), out _));
}
