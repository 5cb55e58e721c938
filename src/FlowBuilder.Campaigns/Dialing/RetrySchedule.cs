using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>When a contact is dialled again after an attempt, per the campaign's <see cref="RetryPolicy"/>.</summary>
internal static class RetrySchedule
{
    /// <summary>Now plus the rule's pause while the contact has had fewer attempts than the rule allows (every attempt counts,
    /// whatever its disposition); null when it is finished (answered, or attempts used up).</summary>
    public static DateTimeOffset? NextAttemptAt(RetryPolicy policy, AttemptDisposition disposition, int attemptNumber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rule = policy.For(disposition);
        return rule is null || attemptNumber >= rule.MaxAttempts ? null : now + rule.Pause;
    }
}
