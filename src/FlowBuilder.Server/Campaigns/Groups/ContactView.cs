using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.Groups;

/// <summary>A contact as the API shows it; dates in fields as <c>yyyy-MM-dd</c>.</summary>
internal sealed record ContactView(string Id, string GroupId, string Phone, string? Name, string? Patronymic, string? TimeZone,
    IReadOnlyDictionary<string, object?> Fields, long? SourceLine)
{
    public static ContactView From(Contact contact) => new(contact.Id, contact.GroupId, contact.Phone, contact.Name, contact.Patronymic, contact.TimeZone,
        contact.Fields.ToDictionary(f => f.Key, f => f.Value is DateOnly ? (object?)ContactFieldValues.Format(f.Value) : f.Value), contact.SourceLine);
}
