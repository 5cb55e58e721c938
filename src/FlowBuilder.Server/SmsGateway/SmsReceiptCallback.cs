namespace FlowBuilder.Server.SmsGateway;

/// <summary>The receipt callback's fields (for the API description; the endpoint also takes a form and the aliases
/// messageId/message_id, stat/state and err/errorCode).</summary>
internal sealed record SmsReceiptCallback(string Id, string Status, string? Error);
