namespace FlowBuilder.Data.Contacts;

internal sealed class SubscriberGroupRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string FieldsJson { get; set; } = "[]";
    public string DefaultCountry { get; set; } = "US";
    public string? DefaultTimeZone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
