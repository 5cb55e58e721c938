namespace FlowBuilder.Engine.Campaigns;

/// <summary>Retry rules per disposition. An answered attempt finishes the contact. An attempt interrupted by a restart
/// counts as an attempt and follows <see cref="Failed"/>.</summary>
public sealed record RetryPolicy(RetryRule Busy, RetryRule NoAnswer, RetryRule Failed, RetryRule Abandoned)
{
    /// <summary>Busy: 3 attempts 10 min apart; no answer: 3 attempts, 30 min; failed: 2 attempts, 5 min; abandoned: 2 attempts, 1 h.</summary>
    public static RetryPolicy Default { get; } = new(
        new RetryRule(3, TimeSpan.FromMinutes(10)),
        new RetryRule(3, TimeSpan.FromMinutes(30)),
        new RetryRule(2, TimeSpan.FromMinutes(5)),
        new RetryRule(2, TimeSpan.FromHours(1)));

    /// <summary>The rule for an attempt that ended with <paramref name="disposition"/>; null for <see cref="AttemptDisposition.Answered"/> (finished).</summary>
    public RetryRule? For(AttemptDisposition disposition) => disposition switch
    {
        AttemptDisposition.Busy => Busy,
        AttemptDisposition.NoAnswer => NoAnswer,
        AttemptDisposition.Abandoned => Abandoned,
        AttemptDisposition.Failed or AttemptDisposition.Interrupted => Failed,
        _ => null,
    };

    /// <summary>The most attempts any contact can get.</summary>
    public int MaxAttempts => Math.Max(Math.Max(Busy.MaxAttempts, NoAnswer.MaxAttempts), Math.Max(Failed.MaxAttempts, Abandoned.MaxAttempts));
}
