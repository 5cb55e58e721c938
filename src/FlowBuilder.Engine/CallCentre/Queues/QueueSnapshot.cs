namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>A queue's live state at <paramref name="At"/>: callers waiting (head first) and its agents.</summary>
public sealed record QueueSnapshot(
    string CompanyId,
    string Queue,
    DateTimeOffset At,
    IReadOnlyList<QueueCallerSnapshot> Callers,
    IReadOnlyList<QueueAgentSnapshot> Agents)
{
    public int Waiting => Callers.Count;

    /// <summary>Seconds the caller at the head has waited; 0 when nobody waits.</summary>
    public double LongestWaitSeconds => Callers.Count == 0 ? 0 : Callers.Max(c => c.WaitSeconds);

    public int AgentsLoggedIn => Agents.Count(a => a.State != QueueAgentState.LoggedOut);
    public int AgentsAvailable => Agents.Count(a => a.State == QueueAgentState.Available);
    public int AgentsOnCall => Agents.Count(a => a.State == QueueAgentState.OnCall);
    public int AgentsPaused => Agents.Count(a => a.State == QueueAgentState.Paused);
}
