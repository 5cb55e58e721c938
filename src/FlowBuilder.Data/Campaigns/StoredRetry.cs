using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Data.Campaigns;

/// <summary>A retry policy as its JSON column holds it: pauses in whole seconds.</summary>
internal sealed record StoredRetry(StoredRetry.Rule Busy, StoredRetry.Rule NoAnswer, StoredRetry.Rule Failed, StoredRetry.Rule Abandoned)
{
    public static StoredRetry From(RetryPolicy policy) => new(Rule.From(policy.Busy), Rule.From(policy.NoAnswer), Rule.From(policy.Failed), Rule.From(policy.Abandoned));

    public RetryPolicy ToPolicy() => new(Busy.ToRule(), NoAnswer.ToRule(), Failed.ToRule(), Abandoned.ToRule());

    internal sealed record Rule(int MaxAttempts, double PauseSeconds)
    {
        public static Rule From(RetryRule rule) => new(rule.MaxAttempts, rule.Pause.TotalSeconds);

        public RetryRule ToRule() => new(MaxAttempts, TimeSpan.FromSeconds(PauseSeconds));
    }
}
