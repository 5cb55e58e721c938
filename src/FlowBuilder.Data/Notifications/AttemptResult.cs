namespace FlowBuilder.Data.Notifications;

/// <summary>How one attempt ended and what follows: <see cref="Status"/> is delivered, pending (retry at
/// <see cref="NextAttemptAt"/>) or dead.</summary>
public sealed record AttemptResult(
    string DeliveryId,
    int Attempt,
    DateTimeOffset At,
    int? StatusCode,
    string? Error,
    long DurationMs,
    string Status,
    DateTimeOffset NextAttemptAt);
