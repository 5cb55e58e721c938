using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>The few numbers a campaign list shows; <c>/statistics</c> has all of them.</summary>
internal sealed record CampaignCountsView(long Contacts, long Done, long Attempts, long Answered, long InProgress)
{
    public static CampaignCountsView From(CampaignCounts counts) => new(counts.Contacts, counts.Done, counts.Attempts, counts.Answered, counts.InProgress);
}
