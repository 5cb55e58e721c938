namespace FlowBuilder.Data.Notifications;

/// <summary>A delivery this node has claimed: where to send what, signed with which secret. <see cref="Attempt"/> is the number of the attempt about to be made (1 for the first).</summary>
public sealed record ClaimedDelivery(string Id, string EventId, string EventType, string SubscriptionId, string Url, string Secret, string Payload, int Attempt);
