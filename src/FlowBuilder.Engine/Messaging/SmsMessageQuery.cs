namespace FlowBuilder.Engine.Messaging;

/// <summary>A page of a company's messages, newest first.</summary>
public sealed record SmsMessageQuery(string CompanyId, SmsStatus? Status = null, string? To = null, SmsDirection? Direction = null, int Offset = 0, int Limit = 50);
