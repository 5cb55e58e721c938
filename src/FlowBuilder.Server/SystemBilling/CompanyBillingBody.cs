namespace FlowBuilder.Server.SystemBilling;

/// <summary>Body of <c>PUT /api/system/companies/{id}/billing</c>: the tariff (one of the company's; absent: unchanged), the credit limit
/// (0 or more; null or absent: no limit) and the currency (ISO 4217; absent: the tariff's when one is given, else unchanged).</summary>
internal sealed record CompanyBillingBody(string? TariffId, decimal? CreditLimit, string? Currency);
