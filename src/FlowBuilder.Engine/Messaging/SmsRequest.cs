namespace FlowBuilder.Engine.Messaging;

/// <summary>A message to send.</summary>
/// <param name="From">Sender id or number; empty for the configured default (<c>FlowBuilder:Sms:DefaultFrom</c>).</param>
/// <param name="InstanceId">The flow instance sending it, whose waits the message's receipts resume.</param>
/// <param name="NodeId">The node of that instance that sent it.</param>
public sealed record SmsRequest(string CompanyId, string To, string? From, string Text, string? InstanceId = null, string? NodeId = null);
