using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

public sealed class TriggerConflictException(TriggerType type, string key, string ownerFlowId)
    : Exception($"The {type.ToString().ToLowerInvariant()} trigger '{key}' is already used by published flow '{ownerFlowId}'. Pick another, or retract that flow first.")
{
    public string OwnerFlowId { get; } = ownerFlowId;
}
