using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>A click-to-call campaign as the API shows it: its settings in the request's shape, key, status, times and counts.</summary>
internal sealed record ClickToCallCampaignView(
    string Id,
    string Name,
    string? Description,
    string Key,
    string FlowId,
    int? FlowVersion,
    FirstLeg FirstLeg,
    IReadOnlyList<string> Operators,
    WaitingMessageBody ClientMessage,
    WaitingMessageBody CompanyMessage,
    ClientRetryBody ClientRetry,
    int? ReminderMinutes,
    HoursBody Hours,
    decimal Price,
    string Currency,
    string? ClientCallerId,
    string? CompanyCallerId,
    string? Trunk,
    int RingSeconds,
    string DefaultCountry,
    IReadOnlyList<string> AllowedOrigins,
    string ConsentText,
    string? ReminderEmail,
    IReadOnlyList<CommentType> CommentTypes,
    string WidgetTitle,
    ClickToCallStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    CallbackCountsView Counts)
{
    public static ClickToCallCampaignView From(ClickToCallCampaign campaign, CallbackCountsView counts) => new(
        campaign.Id, campaign.Name, campaign.Description, campaign.Key, campaign.FlowId, campaign.FlowVersion, campaign.FirstLeg, campaign.Operators,
        WaitingMessageBody.From(campaign.ClientMessage), WaitingMessageBody.From(campaign.CompanyMessage), ClientRetryBody.From(campaign.ClientRetry),
        campaign.ReminderAfter is { } after ? (int)Math.Round(after.TotalMinutes) : null, HoursBody.Of(campaign.Hours), campaign.Price, campaign.Currency,
        campaign.ClientCallerId, campaign.CompanyCallerId, campaign.Trunk, campaign.RingSeconds, campaign.DefaultCountry, campaign.AllowedOrigins,
        campaign.ConsentText, campaign.ReminderEmail, campaign.CommentTypes, campaign.WidgetTitle, campaign.Status, campaign.CreatedAt, campaign.UpdatedAt, counts);
}
