namespace FlowBuilder.Server.Notifications;

/// <summary>The test ping queued for a subscription; follow it at <c>/api/deliveries/{deliveryId}</c>.</summary>
internal sealed record PingView(string EventId, string DeliveryId);
