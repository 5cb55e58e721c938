namespace FlowBuilder.Messaging.Transport;

/// <summary>A mobile-originated message: a reply, a keyword, a STOP. Long messages arrive reassembled.</summary>
public sealed record InboundSms(string From, string To, string Text, DateTimeOffset ReceivedAt);
