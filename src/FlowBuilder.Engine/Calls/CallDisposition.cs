namespace FlowBuilder.Engine.Calls;

/// <summary>How a leg went, in the words call centres use on CDRs.</summary>
public enum CallDisposition
{
    Answered,
    Busy,
    NoAnswer,

    /// <summary>The caller gave up before answer.</summary>
    Cancelled,

    /// <summary>We refused it (404 unknown number, 503 over capacity, 488 no common codec).</summary>
    Rejected,

    Failed,
}
