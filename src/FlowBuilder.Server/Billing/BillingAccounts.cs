using FlowBuilder.Billing.Periods;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Server.Billing;

/// <summary>
/// Reads a company's account for the API: balance and limit from the ledger, the tariff and time zone from the company profile,
/// the current period's charges from the ledger's summary. Used by the company's own endpoints and by the system ones.
/// </summary>
internal sealed class BillingAccounts(IBillingLedger ledger, ICompanyStore companies, ITariffStore tariffs, TimeProvider time,
    IEnumerable<ISpendingGuard> guards)
{
    /// <summary>The currency of an account that has none yet and whose company has no tariff.</summary>
    public const string FallbackCurrency = "EUR";

    public async Task<BillingAccountView> ViewAsync(string companyId, CancellationToken cancellationToken)
    {
        var profile = await companies.GetAsync(companyId, cancellationToken);
        var tariff = profile.TariffId is { } tariffId ? await tariffs.GetAsync(companyId, tariffId, cancellationToken) : null;
        var account = await AccountAsync(companyId, tariff, cancellationToken);
        var period = BillingPeriod.Containing(time.GetUtcNow(), profile.TimeZone);
        var charges = ChargeLines.Total(await ledger.SummarizeAsync(companyId, period.Start, period.End, cancellationToken));
        var minimum = tariff?.MinimumPayment ?? 0m;
        string? reason = null;
        if (account.IsExhausted)
        {
            // The guard's words when billing registered one (the last registration is the one in force); the same facts otherwise.
            var guard = guards.LastOrDefault();
            reason = (guard is null ? null : await guard.RefusalAsync(companyId, cancellationToken)) ?? ExhaustedReason(profile, account);
        }
        var payer = account.Payer is { } p ? new PayerView(p.Name, p.Email, p.Address, p.TaxId) : null;
        return new BillingAccountView(account.Currency, account.Balance, account.CreditLimit, account.Available, account.IsExhausted, reason,
            tariff is null ? null : new TariffReferenceView(tariff.Id, tariff.Name), minimum, payer,
            new BillingPeriodView(period.Name, period.Start, period.End, charges, ChargeLines.MissingToMinimum(minimum, charges)));
    }

    /// <summary>The ledger's account; a new one takes the tariff's currency.</summary>
    public async Task<BillingAccount> AccountAsync(string companyId, Tariff? tariff, CancellationToken cancellationToken) =>
        await ledger.GetAccountAsync(companyId, tariff?.Currency ?? FallbackCurrency, cancellationToken);

    /// <summary>The account of a company with its tariff's currency as the default.</summary>
    public async Task<BillingAccount> AccountAsync(string companyId, CancellationToken cancellationToken)
    {
        var profile = await companies.GetAsync(companyId, cancellationToken);
        var tariff = profile.TariffId is { } tariffId ? await tariffs.GetAsync(companyId, tariffId, cancellationToken) : null;
        return await AccountAsync(companyId, tariff, cancellationToken);
    }

    private static string ExhaustedReason(CompanyProfile profile, BillingAccount account) =>
        $"The balance of {profile.Name} is {Format(account.Balance)} {account.Currency} and its credit limit {Format(account.CreditLimit ?? 0m)} {account.Currency}: "
        + "top up the account to place calls again.";

    private static string Format(decimal amount) => Money.Round(amount).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
