namespace FlowBuilder.Server.Campaigns;

/// <summary>Campaign limits of the company's tariff (section <c>FlowBuilder:Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string Section = "FlowBuilder:Campaigns";

    /// <summary>The most calls one campaign may have in progress at once; a campaign's <c>maxConcurrentCalls</c> is 1 to this. Default 30.</summary>
    public int MaxConcurrentCalls { get; set; } = 30;
}
