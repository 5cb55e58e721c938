namespace FlowBuilder.Server.Companies;

/// <summary>Body of <c>PUT /api/company</c>: name (required), email, tariffId (an existing tariff), timeZone (IANA, default UTC),
/// address lines and tax id printed on invoices.</summary>
internal sealed record CompanyBody(string? Name, string? Email, string? TariffId, string? TimeZone, IReadOnlyList<string>? Address, string? TaxId);
