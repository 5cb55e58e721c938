namespace FlowBuilder.Engine.Calls;

/// <summary>Where CDRs are kept: EF Core in the server (FlowBuilder.Data), <see cref="InMemoryCallRecordStore"/> otherwise.</summary>
public interface ICallRecordStore
{
    /// <summary>Stores a CDR; storing the same call id again replaces it.</summary>
    ValueTask AddAsync(CallDetailRecord record, CancellationToken cancellationToken);

    ValueTask<CallDetailRecord?> FindAsync(string callId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(CallRecordQuery query, CancellationToken cancellationToken);
}
