namespace FlowBuilder.Engine.Campaigns;

/// <summary>A page of a campaign's attempts, newest first; <paramref name="ContactId"/> narrows to one contact's history.</summary>
public sealed record AttemptQuery(string CampaignId, string? ContactId = null, AttemptDisposition? Disposition = null, int Offset = 0, int Limit = 50);
