namespace FlowBuilder.Engine.Campaigns;

/// <summary>
/// Calls every contact of <see cref="GroupIds"/> and runs a published flow on each answered call, with the contact as
/// <c>input.contact</c> and the campaign as <c>input.campaign</c> (<c>{ id, name, attemptId, attempt }</c>).
/// The flow's result (<c>control.end</c>'s <c>result</c>) is the attempt's result; it is a conversion when it is one of
/// <see cref="ConversionResults"/> (case-insensitive), or an object whose <c>converted</c> is true.
/// </summary>
/// <param name="FlowVersion">The published version calls run; null until started (the latest published is pinned then).</param>
/// <param name="MaxConcurrentCalls">Calls in progress at once (ringing or talking), never exceeded; at most the company's limit.</param>
/// <param name="CallerId">The number presented to contacts; null for the trunk's default.</param>
/// <param name="Operators">Extension numbers of the operators (preview, progressive, predictive); empty for auto-informer.</param>
/// <param name="AbandonLimit">Predictive only: the highest share of answered calls that may be abandoned, 0.03 by default.</param>
public sealed record Campaign(
    string Id,
    string CompanyId,
    string Name,
    string FlowId,
    int? FlowVersion,
    IReadOnlyList<string> GroupIds,
    CampaignMode Mode,
    CallingSchedule Schedule,
    int MaxConcurrentCalls,
    string? CallerId,
    RetryPolicy Retry,
    IReadOnlyList<string> Operators,
    CampaignStatus Status)
{
    public string? Description { get; init; }

    public double AbandonLimit { get; init; } = 0.03;

    /// <summary>How long each call rings before it is no-answer.</summary>
    public int RingSeconds { get; init; } = 30;

    /// <summary>The trunk calls go out on; null for the default route.</summary>
    public string? Trunk { get; init; }

    /// <summary>The call channel (<c>sip</c>, <c>simulator</c>); null for the server's default.</summary>
    public string? Channel { get; init; }

    public IReadOnlyList<string> ConversionResults { get; init; } = ["converted"];

    /// <summary>The choices of the operator's disposition form (<c>interested</c>, <c>call-back</c>, <c>not-interested</c>…).
    /// <c>do-not-call</c> also puts the number on the company's do-not-call list.</summary>
    public IReadOnlyList<string> DispositionCodes { get; init; } = ["interested", "call-back", "not-interested", "wrong-number", "do-not-call"];

    /// <summary>Seconds an operator has after a call to submit the disposition before being made ready again.</summary>
    public int WrapUpSeconds { get; init; } = 30;

    /// <summary>Why the campaign is in <see cref="CampaignStatus.Error"/>, or why the dialer paused it ("Paused: " and the reason,
    /// e.g. the company's balance is used up); cleared when it is resumed.</summary>
    public string? Error { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
