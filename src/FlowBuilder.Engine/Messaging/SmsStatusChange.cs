namespace FlowBuilder.Engine.Messaging;

/// <summary>One step of a message's history.</summary>
public sealed record SmsStatusChange(SmsStatus Status, DateTimeOffset At, string? Detail = null);
