namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>One customer of a subscriber group.</summary>
/// <param name="Phone">E.164 with the '+' (<c>+15551234567</c>), unique in the group.</param>
/// <param name="TimeZone">IANA zone calling hours are checked in; null: the group's, then the campaign's.</param>
/// <param name="Fields">The group's custom fields by name, typed: string, decimal, DateOnly or bool.</param>
public sealed record Contact(
    string Id,
    string CompanyId,
    string GroupId,
    string Phone,
    string? Name,
    string? Patronymic,
    string? TimeZone,
    IReadOnlyDictionary<string, object?> Fields)
{
    /// <summary>The CSV line it was imported from (1-based, header is line 1); null when added otherwise.</summary>
    public long? SourceLine { get; init; }

    /// <summary>What a campaign's flow sees as <c>input.contact</c>:
    /// <c>{ id, groupId, phone, name, patronymic, timeZone, fields: {…}, info: {database: {…}} }</c>
    /// (dates as <c>yyyy-MM-dd</c> strings, numbers as numbers).</summary>
    public Dictionary<string, object?> ToFlowValue(IReadOnlyDictionary<string, object?>? info = null)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in Fields)
            fields[name] = value is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : value;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = Id,
            ["groupId"] = GroupId,
            ["phone"] = Phone,
            ["name"] = Name,
            ["patronymic"] = Patronymic,
            ["timeZone"] = TimeZone,
            ["fields"] = fields,
            ["info"] = info is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(info, StringComparer.Ordinal),
        };
    }
}
