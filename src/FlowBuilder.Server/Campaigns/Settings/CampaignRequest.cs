namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>Body of <c>POST /api/campaigns</c> and <c>PUT /api/campaigns/{id}</c>. Required: name, flowId, groupIds, mode,
/// maxConcurrentCalls. Left out: schedule 09:00–21:00 every day in UTC, the default retry rules, no operators,
/// abandonLimit 0.03, ringSeconds 30, wrapUpSeconds 30, conversionResults ["converted"], the default disposition codes.</summary>
internal sealed record CampaignRequest(
    string? Name,
    string? Description,
    string? FlowId,
    IReadOnlyList<string>? GroupIds,
    string? Mode,
    ScheduleBody? Schedule,
    int? MaxConcurrentCalls,
    string? CallerId,
    string? Trunk,
    string? Channel,
    int? RingSeconds,
    RetryBody? Retry,
    IReadOnlyList<string>? Operators,
    double? AbandonLimit,
    IReadOnlyList<string>? ConversionResults,
    IReadOnlyList<string>? DispositionCodes,
    int? WrapUpSeconds);
