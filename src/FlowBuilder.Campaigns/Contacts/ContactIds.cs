namespace FlowBuilder.Campaigns.Contacts;

/// <summary>Ids of new contacts: time-ordered (UUID v7, 32 hex digits), so a million inserted in a row land at the end of the index.</summary>
public static class ContactIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
