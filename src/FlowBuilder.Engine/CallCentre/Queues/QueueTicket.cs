namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>A caller's place in a queue, from <see cref="CallQueues.Enter"/> until it leaves (answered, or gave up).</summary>
public sealed class QueueTicket
{
    internal QueueTicket(CallQueueDefinition queue, string callId, string caller, DateTimeOffset enteredAt, int positionOnEntry, int priority)
    {
        Queue = queue;
        CallId = callId;
        Caller = caller;
        EnteredAt = enteredAt;
        PositionOnEntry = positionOnEntry;
        Priority = priority;
    }

    public CallQueueDefinition Queue { get; }
    public string CallId { get; }
    public string Caller { get; }
    public DateTimeOffset EnteredAt { get; }

    /// <summary>1 for a caller who found nobody waiting ahead.</summary>
    public int PositionOnEntry { get; }

    /// <summary>Higher is served first; callers of equal priority in order of arrival.</summary>
    public int Priority { get; }

    /// <summary>Agents (by target) tried for this caller since the last retry round.</summary>
    internal HashSet<string> Tried { get; } = new(StringComparer.Ordinal);

    internal bool Left { get; set; }

    /// <summary>Inside <see cref="CallQueues.WaitForAgentAsync"/>: only such callers are offered agents.</summary>
    internal bool Waiting { get; set; }

    /// <summary>When this caller found no agent left to try (all in <see cref="Tried"/>); its agents are tried again
    /// <see cref="CallQueues.RetryDelay"/> later. Null until then.</summary>
    internal DateTimeOffset? ExhaustedAt { get; set; }

    /// <summary>Agents reserved (Ringing) for this caller by a dispatch and not yet dialled; null when none.</summary>
    internal List<LiveMember>? Offer { get; set; }

    /// <summary>Its agents are being dialled now (a ring round); it is offered no others meanwhile.</summary>
    internal bool Ringing { get; set; }

    /// <summary>The member whose answer took this caller, until <see cref="CallQueues.EndCall"/>.</summary>
    internal LiveMember? AnsweredBy { get; set; }
}
