namespace FlowBuilder.Engine.ClickToCall;

/// <summary>How one attempt ended, written in one transaction with its legs: the request moves Calling → <see cref="Status"/>
/// (Waiting again for a retry, due at <see cref="NextAttemptAt"/>).</summary>
public sealed record CallbackAttemptOutcome(
    string RequestId,
    int Attempt,
    CallbackRequestStatus Status,
    DateTimeOffset EndedAt,
    DateTimeOffset? NextAttemptAt,
    string? Reason,
    IReadOnlyList<CallbackLeg> Legs)
{
    public double TalkSeconds { get; init; }

    public decimal? Price { get; init; }

    public string? Currency { get; init; }
}
