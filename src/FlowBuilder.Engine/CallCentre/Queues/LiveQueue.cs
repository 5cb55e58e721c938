namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>One queue's live state: its definition as last seen, its members and its waiting callers (head first).</summary>
internal sealed class LiveQueue(CallQueueDefinition definition)
{
    public const int RecentWaitsKept = 20;

    public CallQueueDefinition Definition { get; set; } = definition;
    public List<LiveMember> Members { get; } = [];
    public List<QueueTicket> Callers { get; } = [];

    /// <summary>The member rung last by RoundRobin, by id; null before the first ring.</summary>
    public string? LastRung { get; set; }

    /// <summary>Waits (seconds) of the last answered callers, oldest first, for the expected-wait announcement.</summary>
    public Queue<double> RecentWaits { get; } = new();
}
