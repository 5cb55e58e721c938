namespace FlowBuilder.Engine.Campaigns;

/// <summary>One contact's row in a campaign's work queue.</summary>
/// <param name="Phone">E.164, copied from the contact when the campaign started.</param>
/// <param name="TimeZone">The IANA zone calling hours are checked in (resolved when the campaign started).</param>
public sealed record CampaignContact(
    string CampaignId,
    string ContactId,
    string Phone,
    string TimeZone,
    CampaignContactState State,
    int Attempts,
    DateTimeOffset? NextAttemptAt)
{
    public AttemptDisposition? LastDisposition { get; init; }

    /// <summary>The flow's result on the answered attempt (JSON text); null otherwise.</summary>
    public string? Result { get; init; }

    public bool Converted { get; init; }

    /// <summary>Why it was skipped or deferred (<c>do-not-call</c>, <c>blacklisted</c>, <c>outside-hours</c>, <c>campaign-ended</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>The node holding a claim, and until when; a lapsed claim goes back to waiting.</summary>
    public string? ClaimedBy { get; init; }

    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>The operator the contact is reserved for (preview: shown on their card).</summary>
    public string? Operator { get; init; }
}
