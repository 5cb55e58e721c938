namespace FlowBuilder.Engine.CallCentre;

/// <summary>One caller's stay in a queue, written when it ends; queue statistics are computed from these.</summary>
/// <param name="AgentId">The agent who answered, for <see cref="QueueCallResult.Answered"/>.</param>
/// <param name="TalkEndedAt">When the bridge with the agent ended, for answered calls.</param>
public sealed record QueueCallRecord(
    string Id,
    string CompanyId,
    string Queue,
    string CallId,
    string Caller,
    DateTimeOffset EnteredAt,
    DateTimeOffset LeftAt,
    QueueCallResult Result,
    string? AgentId = null,
    DateTimeOffset? TalkEndedAt = null)
{
    /// <summary>Seconds from entering the queue to the agent's answer (or to leaving).</summary>
    public double WaitSeconds => (LeftAt - EnteredAt).TotalSeconds;
}
