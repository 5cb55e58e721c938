namespace FlowBuilder.Engine.Campaigns;

/// <summary>What happens to the contact after an attempt: dialled again at <see cref="NextAttemptAt"/>, or done (null).</summary>
public sealed record AttemptOutcome(CampaignAttempt Attempt, DateTimeOffset? NextAttemptAt);
