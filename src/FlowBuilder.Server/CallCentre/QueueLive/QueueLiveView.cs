using FlowBuilder.Engine.CallCentre.Queues;

namespace FlowBuilder.Server.CallCentre.QueueLive;

/// <summary>A queue now: callers waiting (head first), agents, and the counts a wallboard shows.</summary>
internal sealed record QueueLiveView(
    string CompanyId, string Queue, DateTimeOffset At, IReadOnlyList<QueueCallerSnapshot> Callers, IReadOnlyList<QueueAgentView> Agents,
    int Waiting, double LongestWaitSeconds, int AgentsLoggedIn, int AgentsAvailable, int AgentsOnCall, int AgentsPaused)
{
    public static QueueLiveView From(QueueSnapshot queue) => new(
        queue.CompanyId, queue.Queue, queue.At, queue.Callers, [.. queue.Agents.Select(QueueAgentView.From)],
        queue.Waiting, queue.LongestWaitSeconds, queue.AgentsLoggedIn, queue.AgentsAvailable, queue.AgentsOnCall, queue.AgentsPaused);
}
