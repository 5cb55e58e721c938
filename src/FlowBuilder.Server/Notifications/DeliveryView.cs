using FlowBuilder.Data.Notifications;

namespace FlowBuilder.Server.Notifications;

/// <summary>One delivery; <see cref="Log"/> (attempts and redeliveries, oldest first) only on GET /api/deliveries/{id}.</summary>
internal sealed record DeliveryView(
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
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<DeliveryLogEntry>? Log = null)
{
    public static DeliveryView From(EventDelivery d, IReadOnlyList<DeliveryLogEntry>? log = null) =>
        new(d.Id, d.EventId, d.EventType, d.SubscriptionId, d.Status, d.Attempts, d.NextAttemptAt, d.LastStatusCode, d.LastError, d.CreatedAt, d.DeliveredAt, log);
}
