namespace FlowBuilder.Engine.CallCentre;

/// <summary>Where queue calls are kept for statistics: EF Core in the server, in memory otherwise.</summary>
public interface IQueueCallStore
{
    ValueTask AddAsync(QueueCallRecord record, CancellationToken cancellationToken);

    /// <summary>The company's records of <paramref name="queue"/> (all queues when null) that entered in [from, to).</summary>
    ValueTask<IReadOnlyList<QueueCallRecord>> ListAsync(string companyId, string? queue, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
