namespace FlowBuilder.Data.Notifications;

/// <summary>A delivery's status, as stored and shown by the API.</summary>
public static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string InFlight = "in-flight";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, InFlight, Delivered, Dead];
}
