namespace FlowBuilder.Data.Notifications;

/// <summary>An event as the outbox keeps it: <see cref="Payload"/> is the JSON body every delivery sends.</summary>
public sealed record OutboxEvent(string Id, string CompanyId, string Type, DateTimeOffset OccurredAt, string Payload);
