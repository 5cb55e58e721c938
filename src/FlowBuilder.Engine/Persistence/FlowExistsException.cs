namespace FlowBuilder.Engine.Persistence;

public sealed class FlowExistsException(string flowId)
    : Exception($"A flow with id '{flowId}' already exists. Choose another id, or update the existing flow's draft.")
{
    public string FlowId { get; } = flowId;
}
