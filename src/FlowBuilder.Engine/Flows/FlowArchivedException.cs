namespace FlowBuilder.Engine.Flows;

public sealed class FlowArchivedException(string flowId)
    : Exception($"Flow '{flowId}' is archived. Unarchive it before publishing or running it.")
{
    public string FlowId { get; } = flowId;
}
