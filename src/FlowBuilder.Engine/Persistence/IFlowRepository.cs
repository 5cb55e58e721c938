using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Flow definitions: drafts and their published versions, per company. Implemented by
/// FlowBuilder.Data (SQLite, PostgreSQL) and in memory for the CLI and tests.</summary>
public interface IFlowRepository
{
    ValueTask<IReadOnlyList<StoredFlow>> ListAsync(string companyId, FlowQuery query, CancellationToken cancellationToken);

    ValueTask<StoredFlow?> GetAsync(string companyId, string flowId, CancellationToken cancellationToken);

    /// <summary>Creates a flow with its first draft (revision 1). Throws <see cref="FlowExistsException"/> if the id is taken.</summary>
    ValueTask<StoredFlow> CreateAsync(string companyId, FlowDefinition draft, CancellationToken cancellationToken);

    /// <summary>Replaces the draft if its revision is still <paramref name="expectedRevision"/>; otherwise
    /// throws <see cref="ConcurrencyConflictException"/> and changes nothing.</summary>
    ValueTask<StoredFlow> SaveDraftAsync(string companyId, FlowDefinition draft, long expectedRevision, CancellationToken cancellationToken);

    ValueTask<StoredFlow> SetStatusAsync(string companyId, string flowId, FlowStatus status, CancellationToken cancellationToken);

    /// <summary>Stores the next version (latest + 1) and binds its trigger, replacing the flow's previous
    /// binding. Throws <see cref="TriggerConflictException"/> when another flow holds the trigger.</summary>
    ValueTask<StoredFlowVersion> PublishAsync(string companyId, string flowId, FlowDefinition definition, string? note, CancellationToken cancellationToken);

    /// <summary>Marks the published version retracted and removes its trigger binding.</summary>
    ValueTask<StoredFlow> RetractAsync(string companyId, string flowId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<StoredFlowVersion>> ListVersionsAsync(string companyId, string flowId, CancellationToken cancellationToken);

    ValueTask<StoredFlowVersion?> GetVersionAsync(string companyId, string flowId, int version, CancellationToken cancellationToken);

    ValueTask<TriggerBinding?> FindTriggerAsync(TriggerType type, string key, CancellationToken cancellationToken);
}
