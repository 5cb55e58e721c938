namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>One leg as the flow reported it.</summary>
internal sealed record LegResult(string? CallId, string Outcome, int? SipStatus, string? AnsweredBy, DateTimeOffset? AnsweredAt);
