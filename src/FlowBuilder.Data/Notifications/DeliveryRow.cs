namespace FlowBuilder.Data.Notifications;

internal sealed class DeliveryRow
{
    public string Id { get; set; } = "";
    public string EventId { get; set; } = "";
    public string EventType { get; set; } = "";
    public string SubscriptionId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Status { get; set; } = DeliveryStatuses.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>How many log entries the delivery has (attempts and redeliveries), numbering the next one.</summary>
    public int LogCount { get; set; }

    public EventDelivery ToDelivery() =>
        new(Id, EventId, EventType, SubscriptionId, Status, Attempts, NextAttemptAt, LastStatusCode, LastError, CreatedAt, DeliveredAt);
}
