namespace FlowBuilder.Engine.Campaigns;

/// <summary>One dial of one contact. Written (as begun) before the call is placed, so a restart finds every call that may
/// have gone out; finished with its disposition when the call ends.</summary>
/// <param name="Number">1 for the contact's first attempt, 2 for the second…</param>
public sealed record CampaignAttempt(
    string Id,
    string CampaignId,
    string ContactId,
    int Number,
    string Phone,
    DateTimeOffset StartedAt)
{
    public string? CallId { get; init; }

    public string? InstanceId { get; init; }

    /// <summary>The operator's extension (operator modes) once one took the call.</summary>
    public string? Operator { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Null while in progress.</summary>
    public AttemptDisposition? Disposition { get; init; }

    /// <summary>The SIP final status of a failed or refused call (486, 404, 503…).</summary>
    public int? SipStatus { get; init; }

    /// <summary>From answer to hang-up, in seconds; 0 when not answered.</summary>
    public double TalkSeconds { get; init; }

    /// <summary>The flow's result (JSON text); null when not answered or none.</summary>
    public string? Result { get; init; }

    public bool Converted { get; init; }

    /// <summary>The code the operator chose in the disposition form, and their notes.</summary>
    public string? OperatorDisposition { get; init; }

    public string? Notes { get; init; }

    /// <summary>The dialer node that placed it.</summary>
    public string? Node { get; init; }
}
