namespace FlowBuilder.Server.Sms;

/// <summary>The transports (name and state: stopped, connecting, ready, reconnecting); <see cref="Error"/> when there is none.</summary>
internal sealed record SmsStatusView(IReadOnlyList<SmsTransportView> Transports, string? DefaultFrom, string? Error);
