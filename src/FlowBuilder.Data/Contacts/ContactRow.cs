namespace FlowBuilder.Data.Contacts;

/// <summary>A contact; <see cref="Position"/> is the insertion order (SQLite's rowid, a PostgreSQL identity).</summary>
internal sealed class ContactRow
{
    public long Position { get; set; }
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? Name { get; set; }
    public string? Patronymic { get; set; }
    public string? TimeZone { get; set; }
    public string FieldsJson { get; set; } = "{}";
    public long? SourceLine { get; set; }
}
