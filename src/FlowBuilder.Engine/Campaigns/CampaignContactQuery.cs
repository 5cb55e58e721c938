namespace FlowBuilder.Engine.Campaigns;

/// <summary>A page of a campaign's work queue, in queue order.</summary>
public sealed record CampaignContactQuery(string CampaignId, CampaignContactState? State = null, int Offset = 0, int Limit = 50);
