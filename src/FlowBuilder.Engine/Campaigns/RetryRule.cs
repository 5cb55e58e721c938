namespace FlowBuilder.Engine.Campaigns;

/// <summary>After an attempt that ended this way, the contact is dialled again after <see cref="Pause"/> while it has had
/// fewer than <see cref="MaxAttempts"/> attempts in all. <c>MaxAttempts = 1</c>: never again.</summary>
public sealed record RetryRule(int MaxAttempts, TimeSpan Pause);
