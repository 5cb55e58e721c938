namespace FlowBuilder.Campaigns.Hosting;

/// <summary>The campaign dialer's settings (<c>FlowBuilder:Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string SectionName = "FlowBuilder:Campaigns";

    /// <summary>
    /// The most campaign calls one company may have in progress at once, across its campaigns; default 30. It stands in for the
    /// limit of the company's tariff until billing provides one; a campaign's own limit may not exceed it.
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 30;

    /// <summary>This dialer node's name, written on claims and attempts; default the machine name. Keep it stable across
    /// restarts: at start the node finishes the attempts it left open.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>How long a claim on a contact lasts before another node may take it; default 2 minutes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle campaign looks at its queue even when nothing woke it (another node's changes); default 15 s.</summary>
    public int PollSeconds { get; set; } = 15;
}
