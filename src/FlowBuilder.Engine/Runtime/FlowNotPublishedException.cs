namespace FlowBuilder.Engine.Runtime;

public sealed class FlowNotPublishedException(string flowId)
    : Exception($"Flow '{flowId}' has no published version to run. Publish it first.")
{
    public string FlowId { get; } = flowId;
}
