namespace FlowBuilder.Server.Sms;

internal sealed record SmsTransportView(string Name, string State);
