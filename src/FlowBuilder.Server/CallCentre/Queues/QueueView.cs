using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.Queues;

internal sealed record QueueView(
    string Name,
    IReadOnlyList<QueueAgentBody> Agents,
    string Strategy,
    string? HoldPrompt,
    string? HoldMusic,
    int AnnounceEverySeconds,
    bool AnnouncePosition,
    bool AnnounceWaitTime,
    int MaxWaitSeconds,
    int AgentRingSeconds,
    int WrapUpSeconds,
    int ServiceLevelSeconds)
{
    public static QueueView From(CallQueueDefinition queue) => new(
        queue.Name,
        queue.Agents.Select(a => new QueueAgentBody(a.Id, a.Target, a.Kind == CallTargetKind.Extension ? "extension" : "external", a.Name)).ToList(),
        QueueRules.StrategyName(queue.Strategy),
        queue.HoldPrompt,
        queue.HoldMusic,
        queue.AnnounceEverySeconds,
        queue.AnnouncePosition,
        queue.AnnounceWaitTime,
        queue.MaxWaitSeconds,
        queue.AgentRingSeconds,
        queue.WrapUpSeconds,
        queue.ServiceLevelSeconds);
}
