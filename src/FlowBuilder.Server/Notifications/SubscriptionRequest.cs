namespace FlowBuilder.Server.Notifications;

/// <summary>Body of POST (url and events required) and PATCH (only the fields given change) /api/subscriptions.</summary>
internal sealed record SubscriptionRequest(string? Url, List<string>? Events, string? Description, bool? Active);
