namespace FlowBuilder.Engine.CallCentre;

/// <summary>How one caller's stay in a queue ended.</summary>
public enum QueueCallResult
{
    /// <summary>An agent answered and was bridged.</summary>
    Answered,

    /// <summary>The caller hung up while waiting.</summary>
    Abandoned,

    /// <summary>The maximum wait passed (Enqueue's <c>timeout</c> outcome).</summary>
    TimedOut,

    /// <summary>The flow ended the wait (cancelled, failed).</summary>
    Failed,
}
