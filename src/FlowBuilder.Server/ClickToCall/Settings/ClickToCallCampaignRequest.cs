namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>Body of <c>POST /api/click-to-call/campaigns</c> and <c>PUT …/{id}</c>. Required: name, operators, currency (when price
/// is above 0). Left out: flowId "click-to-call", firstLeg client, the default waiting messages, clientRetry 3 attempts 300 s apart,
/// no reminder, hours 09:00–21:00 every day UTC, price 0, ringSeconds 30, defaultCountry US, any origin, the default comment types.</summary>
internal sealed record ClickToCallCampaignRequest(
    string? Name,
    string? Description,
    string? FlowId,
    string? FirstLeg,
    IReadOnlyList<string>? Operators,
    WaitingMessageBody? ClientMessage,
    WaitingMessageBody? CompanyMessage,
    ClientRetryBody? ClientRetry,
    int? ReminderMinutes,
    HoursBody? Hours,
    decimal? Price,
    string? Currency,
    string? ClientCallerId,
    string? CompanyCallerId,
    string? Trunk,
    int? RingSeconds,
    string? DefaultCountry,
    IReadOnlyList<string>? AllowedOrigins,
    string? ConsentText,
    string? ReminderEmail,
    IReadOnlyList<CommentTypeBody>? CommentTypes,
    string? WidgetTitle);
