namespace FlowBuilder.Data.Companies;

/// <summary>A tenant and its profile. Every other table carries <c>company_id</c>; a fresh install has company "default".
/// <see cref="UpdatedAt"/> is null until a profile is saved (the seeded row has only a name).</summary>
internal sealed class CompanyRow
{
    public const string DefaultId = "default";

    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? TariffId { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public string AddressJson { get; set; } = "[]";
    public string? TaxId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
