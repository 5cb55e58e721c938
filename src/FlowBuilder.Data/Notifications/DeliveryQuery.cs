namespace FlowBuilder.Data.Notifications;

/// <summary>Newest first; <see cref="Take"/> is clamped to 1..500.</summary>
public sealed record DeliveryQuery(string CompanyId, string? SubscriptionId = null, string? Status = null, int Skip = 0, int Take = 50);
