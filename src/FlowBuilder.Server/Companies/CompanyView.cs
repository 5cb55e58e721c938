using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Server.Companies;

internal sealed record CompanyView(string Id, string Name, string? Email, string? TariffId, string TimeZone, IReadOnlyList<string> Address, string? TaxId, DateTimeOffset UpdatedAt)
{
    public static CompanyView From(CompanyProfile profile) =>
        new(profile.Id, profile.Name, profile.Email, profile.TariffId, profile.TimeZone, profile.Address, profile.TaxId, profile.UpdatedAt);
}
