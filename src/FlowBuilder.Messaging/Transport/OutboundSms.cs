namespace FlowBuilder.Messaging.Transport;

/// <summary>A message to send. <paramref name="Text"/> is the whole text: the transport picks GSM 7-bit or UCS-2
/// and splits it into concatenated parts (UDH) when it is too long for one.</summary>
/// <param name="Reference">Our message id, for logs and for gateways that echo it back.</param>
public sealed record OutboundSms(string From, string To, string Text, bool RequestReceipt = true, string? Reference = null);
