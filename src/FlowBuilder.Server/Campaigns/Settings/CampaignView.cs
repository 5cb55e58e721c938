using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>A campaign as the API shows it: its settings in the request's shape, status and times, and a few counts.</summary>
internal sealed record CampaignView(
    string Id,
    string Name,
    string? Description,
    string FlowId,
    int? FlowVersion,
    IReadOnlyList<string> GroupIds,
    CampaignMode Mode,
    ScheduleBody Schedule,
    int MaxConcurrentCalls,
    string? CallerId,
    string? Trunk,
    string? Channel,
    int RingSeconds,
    RetryBody Retry,
    IReadOnlyList<string> Operators,
    double AbandonLimit,
    IReadOnlyList<string> ConversionResults,
    IReadOnlyList<string> DispositionCodes,
    int WrapUpSeconds,
    CampaignStatus Status,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    CampaignCountsView Counts)
{
    public static CampaignView From(Campaign campaign, CampaignCounts counts) => new(
        campaign.Id, campaign.Name, campaign.Description, campaign.FlowId, campaign.FlowVersion, campaign.GroupIds, campaign.Mode,
        ScheduleBody.Of(campaign.Schedule), campaign.MaxConcurrentCalls, campaign.CallerId, campaign.Trunk, campaign.Channel, campaign.RingSeconds,
        RetryBody.From(campaign.Retry), campaign.Operators, campaign.AbandonLimit, campaign.ConversionResults, campaign.DispositionCodes,
        campaign.WrapUpSeconds, campaign.Status, campaign.Error, campaign.CreatedAt, campaign.UpdatedAt, campaign.StartedAt, campaign.CompletedAt,
        CampaignCountsView.From(counts));
}
