namespace FlowBuilder.Engine.ClickToCall;

/// <summary>A visitor's request to be called back, and how far FlowBuilder got with it.</summary>
/// <param name="ClientPhone">E.164.</param>
/// <param name="Attempts">Attempts made so far (each runs the flow once and may place both legs).</param>
/// <param name="NextAttemptAt">When a Waiting request is dialled next.</param>
public sealed record CallbackRequest(
    string Id,
    string CompanyId,
    string CampaignId,
    string ClientPhone,
    CallbackRequestStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    CallbackConsent Consent,
    PhoneDirection Direction)
{
    /// <summary>Who the next attempt calls first: the campaign's choice, or Company after an operator pressed call back.</summary>
    public FirstLeg FirstLeg { get; init; }

    /// <summary>Set by a call back: the operator target (ext:101) who asked for it, rung instead of the campaign's operators.</summary>
    public string? CallbackOperator { get; init; }

    /// <summary>banner (the public endpoint), api, or callback (re-queued by an operator).</summary>
    public string Source { get; init; } = "banner";

    /// <summary>The tariff destination that allowed the number (e.g. "Germany mobile"), and its prefix.</summary>
    public string? Destination { get; init; }

    /// <summary>Why the last attempt failed (busy, no answer, "no operator answered"…); null when none did.</summary>
    public string? Reason { get; init; }

    /// <summary>The flow instance of the current or last attempt.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The node running the attempt, and until when its claim holds (a lapsed claim is recovered by any node).</summary>
    public string? ClaimedBy { get; init; }

    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>When the first leg of the first attempt was started; null until then.</summary>
    public DateTimeOffset? FirstCalledAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Seconds the two parties were bridged (completed requests).</summary>
    public double TalkSeconds { get; init; }

    /// <summary>The campaign's price and currency when it completed: what the invoice charges.</summary>
    public decimal? Price { get; init; }

    public string? Currency { get; init; }

    /// <summary>When the company is e-mailed if the request is still not Completed: CreatedAt + the campaign's
    /// <see cref="ClickToCallCampaign.ReminderAfter"/>; null: no reminder.</summary>
    public DateTimeOffset? RemindAt { get; init; }

    /// <summary>When the reminder e-mail was sent; null when none was.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
