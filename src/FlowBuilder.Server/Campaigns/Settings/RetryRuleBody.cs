using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>Attempts in all (1–20) and the pause before the next one, in seconds (0 or more).</summary>
internal sealed record RetryRuleBody(int? MaxAttempts, double? PauseSeconds)
{
    public static RetryRuleBody From(RetryRule rule) => new(rule.MaxAttempts, rule.Pause.TotalSeconds);
}
