namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>An agent's membership of one queue: logged in or not, paused or not, calls answered here.</summary>
internal sealed class LiveMember(QueueAgentDefinition definition, LiveAgent agent, bool loggedIn, DateTimeOffset now)
{
    public QueueAgentDefinition Definition { get; } = definition;
    public LiveAgent Agent { get; } = agent;
    public bool LoggedIn { get; set; } = loggedIn;

    /// <summary>Null when not paused.</summary>
    public string? PauseReason { get; set; }

    public bool Paused { get; set; }
    public DateTimeOffset Since { get; set; } = now;
    public int CallsAnswered { get; set; }

    public QueueAgentState StateAt(DateTimeOffset now)
    {
        if (!LoggedIn) return QueueAgentState.LoggedOut;
        if (Agent.Busy != QueueAgentState.Available) return Agent.Busy;
        if (Paused) return QueueAgentState.Paused;
        return Agent.WrapUpUntil > now ? QueueAgentState.WrapUp : QueueAgentState.Available;
    }

    public QueueAgentSnapshot Snapshot(DateTimeOffset now)
    {
        var state = StateAt(now);
        var since = state switch
        {
            QueueAgentState.LoggedOut or QueueAgentState.Paused => Since,
            QueueAgentState.Available => Max(Since, Agent.WrapUpUntil ?? Agent.BusySince),
            _ => Agent.BusySince,
        };
        return new QueueAgentSnapshot(Definition.Id, Definition.Target, Definition.Kind, Definition.Name, state, since, Agent.IdleSince, CallsAnswered,
            state == QueueAgentState.Paused ? PauseReason : null, state == QueueAgentState.WrapUp ? Agent.WrapUpUntil : null);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
