namespace FlowBuilder.Server.Accounts.SystemCompanies;

/// <param name="Id">Lower-case letters, digits and dashes; the slug of <paramref name="Name"/> when absent.</param>
/// <param name="CreditLimit">Absent: 0 (strictly prepaid).</param>
internal sealed record CompanyCreateRequest(
    string? Id, string? Name, string? Email, string? TimeZone, string? TariffId, decimal? CreditLimit, CompanyAdminRequest? Admin);
