namespace FlowBuilder.Server.Notifications;

/// <summary>A page of deliveries, newest first, with how many match in all.</summary>
internal sealed record DeliveryPageView(IReadOnlyList<DeliveryView> Items, int Total, int Skip, int Take);
