namespace FlowBuilder.Engine.Persistence;

public sealed class FlowNotFoundException(string flowId, int? version = null)
    : Exception(version is null ? $"Flow '{flowId}' does not exist." : $"Flow '{flowId}' has no version {version}.")
{
    public string FlowId { get; } = flowId;
}
