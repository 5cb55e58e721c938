namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>One leg as the flow reported it; <paramref name="StartedAt"/> when the flow knew when the leg was placed.</summary>
internal sealed record LegResult(string? CallId, string Outcome, int? SipStatus, string? AnsweredBy, DateTimeOffset? AnsweredAt, DateTimeOffset? StartedAt = null);
