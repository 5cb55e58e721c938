namespace FlowBuilder.Server.Sms;

internal sealed record SmsStatusChangeView(string Status, DateTimeOffset At, string? Detail);
