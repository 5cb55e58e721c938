namespace FlowBuilder.Data.Notifications;

internal sealed class OutboxEventRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The exact JSON body every delivery of the event sends.</summary>
    public string Payload { get; set; } = "";
}
