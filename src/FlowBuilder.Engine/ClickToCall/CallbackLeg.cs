namespace FlowBuilder.Engine.ClickToCall;

/// <summary>One real call of a request: the client leg or the company leg of one attempt. Its CDR is found by <see cref="CallId"/>.</summary>
/// <param name="Outcome">answered, busy, no-answer, failed, hung-up (answered, then hung up before the bridge), not-dialled.</param>
public sealed record CallbackLeg(
    string RequestId,
    int Attempt,
    CallbackLegSide Side,
    string? CallId,
    string Number,
    string Outcome,
    DateTimeOffset StartedAt)
{
    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public int? SipStatus { get; init; }

    /// <summary>Company legs: the target that answered after forwarding (ext:102, +4930…).</summary>
    public string? AnsweredBy { get; init; }
}

public enum CallbackLegSide
{
    Client,
    Company,
}
