namespace FlowBuilder.Engine.CallCentre;

public interface ICallQueueStore
{
    ValueTask<CallQueueDefinition?> FindAsync(string companyId, string name, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<CallQueueDefinition>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces (by company and name).</summary>
    ValueTask SaveAsync(CallQueueDefinition queue, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken);
}
