namespace FlowBuilder.Engine.Persistence;

/// <summary>A draft was saved from a stale copy: someone saved a newer revision in between.</summary>
public sealed class ConcurrencyConflictException(string flowId, long expected, long actual)
    : Exception($"The draft of flow '{flowId}' was changed by someone else (your copy is revision {expected}, the stored one is {actual}). Reload the flow, reapply your change and save again.")
{
    public string FlowId { get; } = flowId;
    public long ExpectedRevision { get; } = expected;
    public long ActualRevision { get; } = actual;
}
