namespace FlowBuilder.Server.Accounts.SystemCompanies;

/// <param name="CreditLimit">Null: no limit.</param>
/// <param name="Available">Balance plus credit limit; null: unlimited.</param>
/// <param name="Users">How many users the company has.</param>
internal sealed record SystemCompanyView(
    string Id, string Name, string? Email, string? TariffId, string TimeZone, string Currency, decimal Balance, decimal? CreditLimit, decimal? Available, int Users);
