namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>
/// A company's customer base for campaigns. Every contact has a phone number (E.164, unique in the group); name and
/// patronymic are recommended for personalised prompts; <see cref="Fields"/> are the group's custom typed fields.
/// </summary>
/// <param name="DefaultCountry">ISO 3166 alpha-2 region numbers without a country code are read in (<c>US</c>, <c>GB</c>, <c>RU</c>).</param>
/// <param name="DefaultTimeZone">IANA zone for contacts whose zone is neither given nor known from their number; null: the campaign's.</param>
public sealed record SubscriberGroup(
    string Id,
    string CompanyId,
    string Name,
    IReadOnlyList<ContactField> Fields,
    string DefaultCountry = "US",
    string? DefaultTimeZone = null)
{
    public string? Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
