using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;

namespace FlowBuilder.Server.CallCentre.QueueLive;

/// <summary>An agent in the live view; <c>kind</c> is <c>extension</c> or <c>external</c>, as the queue API takes it.</summary>
internal sealed record QueueAgentView(
    string Id, string Target, string Kind, string? Name, QueueAgentState State, DateTimeOffset Since, DateTimeOffset IdleSince, int CallsAnswered,
    string? PauseReason, DateTimeOffset? WrapUpUntil)
{
    public static QueueAgentView From(QueueAgentSnapshot agent) => new(
        agent.Id, agent.Target, agent.Kind == CallTargetKind.Extension ? "extension" : "external", agent.Name, agent.State, agent.Since, agent.IdleSince,
        agent.CallsAnswered, agent.PauseReason, agent.WrapUpUntil);
}
