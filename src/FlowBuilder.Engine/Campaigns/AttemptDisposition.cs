namespace FlowBuilder.Engine.Campaigns;

/// <summary>How one dial attempt of a campaign ended.</summary>
public enum AttemptDisposition
{
    /// <summary>A person (or machine) answered and the flow ran.</summary>
    Answered,
    Busy,
    NoAnswer,

    /// <summary>The network refused or failed the call (404, 5xx, no route…).</summary>
    Failed,

    /// <summary>Answered, but no operator was free in time (predictive): counts towards the abandonment rate.</summary>
    Abandoned,

    /// <summary>The server stopped while the attempt was in progress; found and closed at restart.</summary>
    Interrupted,
}
