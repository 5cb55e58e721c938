using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Engine.ClickToCall;

/// <summary>
/// A click-to-call campaign: a web banner whose visitors leave their number, and how FlowBuilder connects them with the company.
/// Each request runs <see cref="FlowId"/> (pinned at <see cref="FlowVersion"/> when set, else the latest published version)
/// with the inputs documented in <c>flow-templates/click-to-call.flow.json</c>; the flow's result says how the attempt ended.
/// </summary>
/// <param name="Key">The public key banners send (24 URL-safe characters, unique); not a secret, but unguessable.</param>
/// <param name="Operators">Who answers for the company, tried in order: call targets (101, ext:101, group:sales, +4930123456).</param>
/// <param name="ClientRetry">How often the client leg is redialled when the client is busy, does not answer or the call fails:
/// <see cref="RetryRule.MaxAttempts"/> attempts in all, <see cref="RetryRule.Pause"/> apart. Then the request is FAILED CALLING CLIENT.</param>
/// <param name="ReminderAfter">The company is e-mailed when a request has not been completed this long after it was made; null: never.</param>
/// <param name="Hours">When calls are placed (From–To on Days in its TimeZone; StartAt/EndAt unused). Requests outside wait for the window.</param>
/// <param name="Price">What the company pays per completed request (the invoice line); 0 for none.</param>
/// <param name="Currency">ISO 4217 code of <see cref="Price"/> (EUR).</param>
public sealed record ClickToCallCampaign(
    string Id,
    string CompanyId,
    string Name,
    string Key,
    string FlowId,
    FirstLeg FirstLeg,
    IReadOnlyList<string> Operators,
    WaitingMessage ClientMessage,
    WaitingMessage CompanyMessage,
    RetryRule ClientRetry,
    TimeSpan? ReminderAfter,
    CallingSchedule Hours,
    decimal Price,
    string Currency,
    ClickToCallStatus Status)
{
    public int? FlowVersion { get; init; }

    public string? Description { get; init; }

    /// <summary>Number shown to the client; null for the trunk's default.</summary>
    public string? ClientCallerId { get; init; }

    /// <summary>Number shown to the operator; null for the client's number.</summary>
    public string? CompanyCallerId { get; init; }

    public string? Trunk { get; init; }

    /// <summary>Seconds each leg rings before it is no-answer.</summary>
    public int RingSeconds { get; init; } = 30;

    /// <summary>ISO 3166 region numbers without a '+' are read in (DE: 030 1234567 → +49301234567).</summary>
    public string DefaultCountry { get; init; } = "US";

    /// <summary>Origins (https://shop.example.com) whose pages may post requests; empty: any origin.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The consent sentence the widget shows next to its checkbox; recorded with every request.</summary>
    public string ConsentText { get; init; } = "I agree to be called back at this number about my enquiry.";

    /// <summary>Where reminders go; null for the company's e-mail (<see cref="Companies.CompanyProfile.Email"/>).</summary>
    public string? ReminderEmail { get; init; }

    public IReadOnlyList<CommentType> CommentTypes { get; init; } = CommentType.Defaults;

    /// <summary>The widget's button and heading text.</summary>
    public string WidgetTitle { get; init; } = "Call me back";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
