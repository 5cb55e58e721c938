namespace FlowBuilder.Campaigns.Dialing;

/// <summary>Whether a claimed contact's call was placed, and if not why.</summary>
internal enum DialStart
{
    Dialled,

    /// <summary>The campaign's or the company's call limit is reached: try again when a call ends.</summary>
    NoCapacity,

    /// <summary>Progressive: no operator is Ready.</summary>
    NoOperator,

    /// <summary>The claim lapsed and the contact is another node's now: nothing was dialled.</summary>
    Lost,

    /// <summary>The campaign's call channel is not configured on this node.</summary>
    NoChannel,
}
