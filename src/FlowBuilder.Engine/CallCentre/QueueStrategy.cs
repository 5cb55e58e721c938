namespace FlowBuilder.Engine.CallCentre;

/// <summary>Which available agent(s) a queue rings for its waiting callers.</summary>
public enum QueueStrategy
{
    /// <summary>Every available agent at once for the caller at the head; the first to answer takes the call. The callers behind
    /// wait until the head is answered or leaves (no agent is left to ring for them meanwhile).</summary>
    RingAll,

    /// <summary>One agent per waiting caller, all callers at once: the head gets the agent after the one rung last, the next
    /// caller the one after that, and so on.</summary>
    RoundRobin,

    /// <summary>One agent per waiting caller, all callers at once: the head gets the agent idle the longest, the next caller the
    /// longest idle of those left, and so on.</summary>
    LongestIdle,
}
