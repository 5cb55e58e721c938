namespace FlowBuilder.Messaging.Hosting;

/// <summary>Totals since a transport was created, for the SMS status API. Messages, not parts: a three-part message
/// that is accepted counts once in <see cref="Submitted"/> and once in <see cref="Accepted"/>.</summary>
public sealed record SmsTransportCounters(
    long Submitted, long Accepted, long Rejected, long Unavailable, long Receipts, long Inbound, long Reconnects, long EnquireLinks);
