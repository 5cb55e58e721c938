namespace FlowBuilder.Data.Notifications;

internal sealed class SubscriptionRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>The subscribed types between commas (<c>,flow.completed,call.ended,</c>), so a type matches with one LIKE.</summary>
    public string Events { get; set; } = ",";
    public string? Description { get; set; }
    public bool Active { get; set; }
    public string Secret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string JoinEvents(IEnumerable<string> events) => "," + string.Join(',', events) + ",";

    public EventSubscription ToSubscription() =>
        new(Id, CompanyId, Url, Events.Split(',', StringSplitOptions.RemoveEmptyEntries), Description, Active, Secret, CreatedAt, UpdatedAt);

    public SubscriptionRow CopyFrom(EventSubscription subscription)
    {
        Id = subscription.Id;
        CompanyId = subscription.CompanyId;
        Url = subscription.Url;
        Events = JoinEvents(subscription.Events);
        Description = subscription.Description;
        Active = subscription.Active;
        Secret = subscription.Secret;
        CreatedAt = subscription.CreatedAt;
        UpdatedAt = subscription.UpdatedAt;
        return this;
    }
}
