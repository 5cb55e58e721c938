namespace FlowBuilder.Server.SmsGateway;

/// <summary>The inbound callback's fields (aliases: body/message for text).</summary>
internal sealed record SmsInboundCallback(string From, string To, string Text);
