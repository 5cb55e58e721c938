namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>One agent of a queue in the live view.</summary>
/// <param name="Since">When the agent entered <paramref name="State"/>.</param>
/// <param name="IdleSince">When the agent last became free (end of its last call, or log-in); what LongestIdle orders by.</param>
/// <param name="CallsAnswered">Queue calls this agent answered in this queue since the server started.</param>
public sealed record QueueAgentSnapshot(
    string Id,
    string Target,
    CallTargetKind Kind,
    string? Name,
    QueueAgentState State,
    DateTimeOffset Since,
    DateTimeOffset IdleSince,
    int CallsAnswered,
    string? PauseReason = null,
    DateTimeOffset? WrapUpUntil = null);
