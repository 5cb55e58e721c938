namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>A company's information database: free-form reference data per customer, looked up by
/// <paramref name="KeyColumn"/> (normally the phone number, stored as E.164). Flows read it as <c>input.contact.info.&lt;name&gt;</c>.</summary>
public sealed record InfoDatabase(string Id, string CompanyId, string Name, string KeyColumn = "phone")
{
    public DateTimeOffset CreatedAt { get; init; }

    public long RecordCount { get; init; }
}
