namespace FlowBuilder.Server.Sms;

/// <summary>Body of <c>POST /api/sms/messages</c>.</summary>
/// <param name="From">Sender id or number; empty for <c>FlowBuilder:Sms:DefaultFrom</c>.</param>
internal sealed record SendSmsRequest(string? To, string? From, string? Text);
