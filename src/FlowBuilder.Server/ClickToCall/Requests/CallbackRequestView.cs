using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>A callback request as the company's pages show it: where it stands, the consent given, every leg with its CDR, comments.</summary>
internal sealed record CallbackRequestView(
    string Id,
    string CampaignId,
    string? CampaignName,
    string ClientPhone,
    CallbackRequestStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    FirstLeg FirstLeg,
    string Source,
    string? Destination,
    PhoneDirection Direction,
    string? Reason,
    DateTimeOffset? CompletedAt,
    double TalkSeconds,
    decimal? Price,
    string? Currency,
    CallbackConsent Consent,
    string? CallbackOperator,
    IReadOnlyList<CallbackLegView> Legs,
    IReadOnlyList<CallbackCommentView> Comments)
{
    public static CallbackRequestView From(CallbackRequest request, string? campaignName, IReadOnlyList<CallbackLegView> legs, IReadOnlyList<CallbackCommentView> comments) => new(
        request.Id, request.CampaignId, campaignName, request.ClientPhone, request.Status, request.Attempts, request.CreatedAt, request.NextAttemptAt,
        request.FirstLeg, request.Source, request.Destination, request.Direction, request.Reason, request.CompletedAt, request.TalkSeconds, request.Price,
        request.Currency, request.Consent, request.CallbackOperator, legs, comments);
}
