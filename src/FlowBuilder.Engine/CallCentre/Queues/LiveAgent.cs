namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>One person, whatever queues they are an agent of: ringing, on a call or wrapping up is shared by all of them.</summary>
internal sealed class LiveAgent(string key, DateTimeOffset now)
{
    public string Key { get; } = key;

    /// <summary>Ringing or OnCall while a queue call has the person; Available otherwise.</summary>
    public QueueAgentState Busy { get; set; } = QueueAgentState.Available;

    public DateTimeOffset BusySince { get; set; } = now;
    public DateTimeOffset IdleSince { get; set; } = now;
    public DateTimeOffset? WrapUpUntil { get; set; }
}
