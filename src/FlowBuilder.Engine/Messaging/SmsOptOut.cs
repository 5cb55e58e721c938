namespace FlowBuilder.Engine.Messaging;

/// <summary>A number that asked not to get messages from a company.</summary>
/// <param name="Source">How it got on the list: the keyword it sent (<c>STOP</c>) or <c>api</c>.</param>
public sealed record SmsOptOut(string CompanyId, string Number, DateTimeOffset At, string Source);
