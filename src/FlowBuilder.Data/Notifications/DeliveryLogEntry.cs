namespace FlowBuilder.Data.Notifications;

/// <summary>One line of a delivery's log: an attempt (status code or error, duration in ms) or a manual redelivery.</summary>
public sealed record DeliveryLogEntry(int Sequence, string Kind, int Attempt, DateTimeOffset At, int? StatusCode, string? Error, long DurationMs)
{
    public const string AttemptKind = "attempt";
    public const string RedeliverKind = "redeliver";
}
