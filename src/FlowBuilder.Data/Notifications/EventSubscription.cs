namespace FlowBuilder.Data.Notifications;

/// <summary>A subscriber URL and the event types it receives (<c>*</c> for all), signed with <see cref="Secret"/>.</summary>
public sealed record EventSubscription(
    string Id,
    string CompanyId,
    string Url,
    IReadOnlyList<string> Events,
    string? Description,
    bool Active,
    string Secret,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
