namespace FlowBuilder.Data.Notifications;

/// <summary>What a redelivery request did: <see cref="Delivery"/> is null when no such delivery exists;
/// <see cref="Accepted"/> is false when its status does not allow it (pending or in flight).</summary>
public sealed record RedeliverOutcome(EventDelivery? Delivery, bool Accepted);
