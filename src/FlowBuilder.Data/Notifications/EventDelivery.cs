namespace FlowBuilder.Data.Notifications;

/// <summary>One event on its way to one subscription. <see cref="Status"/> is one of <see cref="DeliveryStatuses"/>.</summary>
public sealed record EventDelivery(
    string Id,
    string EventId,
    string EventType,
    string SubscriptionId,
    string Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt);
