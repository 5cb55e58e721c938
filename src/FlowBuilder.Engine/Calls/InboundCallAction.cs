namespace FlowBuilder.Engine.Calls;

public enum InboundCallAction
{
    /// <summary>Run <see cref="InboundCallDecision.FlowId"/>: the dialled number's flow, or a whitelisted caller's own flow.</summary>
    RunFlow,

    /// <summary>No published flow has the dialled number: refuse with 404.</summary>
    NotFound,

    /// <summary>The caller is on the company's blacklist: refuse busy (486).</summary>
    Blocked,
}
