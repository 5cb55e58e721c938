using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>How a start, pause, resume or stop went: the campaign as it is now, or why not (<see cref="Problem"/>:
/// <c>not-found</c> → 404, <c>conflict</c> → 409 (wrong status), <c>invalid</c> → 422 (its flow is not published, a group is
/// empty…). <see cref="Error"/> names the thing at fault and what to do.</summary>
public sealed record CampaignCommandResult(Campaign? Campaign, string? Problem = null, string? Error = null)
{
    public bool Succeeded => Problem is null;

    public static CampaignCommandResult Ok(Campaign campaign) => new(campaign);

    public static CampaignCommandResult NotFound(string campaignId) => new(null, "not-found", $"No campaign '{campaignId}'.");

    public static CampaignCommandResult Conflict(Campaign campaign, string error) => new(campaign, "conflict", error);

    public static CampaignCommandResult Invalid(Campaign? campaign, string error) => new(campaign, "invalid", error);
}
