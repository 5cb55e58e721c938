using FlowBuilder.Data.Notifications;

namespace FlowBuilder.Server.Notifications;

/// <summary>The answer to creating a subscription: the only time its signing secret is shown.</summary>
internal sealed record SubscriptionCreatedView(string Id, string Url, IReadOnlyList<string> Events, string? Description, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Secret)
{
    public static SubscriptionCreatedView From(EventSubscription s) => new(s.Id, s.Url, s.Events, s.Description, s.Active, s.CreatedAt, s.UpdatedAt, s.Secret);
}
