namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Filters for listing requests: by campaign, statuses, creation time [From, To), client phone (prefix of E.164).
/// Newest first; <see cref="Skip"/>/<see cref="Take"/> page it.</summary>
public sealed record CallbackRequestQuery(
    string CompanyId,
    string? CampaignId = null,
    IReadOnlyList<CallbackRequestStatus>? Statuses = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Phone = null,
    int Skip = 0,
    int Take = 100);

/// <summary>One page of requests and how many match in all.</summary>
public sealed record CallbackRequestPage(IReadOnlyList<CallbackRequest> Items, long Total);
