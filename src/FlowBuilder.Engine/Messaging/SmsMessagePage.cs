namespace FlowBuilder.Engine.Messaging;

public sealed record SmsMessagePage(IReadOnlyList<SmsMessage> Items, int Total);
