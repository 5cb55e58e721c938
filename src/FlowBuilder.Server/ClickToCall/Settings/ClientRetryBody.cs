using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>How often the client leg is dialled in all (1–20) and the pause between attempts in seconds (0–86400).</summary>
internal sealed record ClientRetryBody(int? MaxAttempts, double? PauseSeconds)
{
    public static ClientRetryBody From(RetryRule rule) => new(rule.MaxAttempts, rule.Pause.TotalSeconds);
}
