namespace FlowBuilder.Data.Contacts;

internal sealed class InfoDatabaseRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string KeyColumn { get; set; } = "phone";
    public DateTimeOffset CreatedAt { get; set; }
}
