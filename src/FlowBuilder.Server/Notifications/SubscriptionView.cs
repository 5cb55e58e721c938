using FlowBuilder.Data.Notifications;

namespace FlowBuilder.Server.Notifications;

/// <summary>A subscription as the API shows it: never with its secret.</summary>
internal sealed record SubscriptionView(string Id, string Url, IReadOnlyList<string> Events, string? Description, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SubscriptionView From(EventSubscription s) => new(s.Id, s.Url, s.Events, s.Description, s.Active, s.CreatedAt, s.UpdatedAt);
}
