namespace FlowBuilder.Engine.Campaigns;

/// <summary>How a campaign uses operators.</summary>
public enum CampaignMode
{
    /// <summary>No operator: the flow plays the message (and may gather a reply).</summary>
    AutoInformer,

    /// <summary>An operator sees the next contact's card and decides to call (or skip); the call is then placed for them.</summary>
    Preview,

    /// <summary>One call per free operator, placed by the dialer.</summary>
    Progressive,

    /// <summary>Several calls per free operator, paced so abandoned calls stay under <see cref="Campaign.AbandonLimit"/>.</summary>
    Predictive,
}
