namespace FlowBuilder.Engine.CallCentre;

/// <summary>Which available agent(s) a queue rings for the caller at its head.</summary>
public enum QueueStrategy
{
    /// <summary>Every available agent at once; the first to answer takes the call.</summary>
    RingAll,

    /// <summary>One agent at a time, continuing after the agent rung last.</summary>
    RoundRobin,

    /// <summary>One agent at a time, the one idle the longest first.</summary>
    LongestIdle,
}
