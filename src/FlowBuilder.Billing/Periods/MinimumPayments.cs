using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Billing.Periods;

/// <summary>
/// The minimum guaranteed payment (<see cref="Tariff.MinimumPayment"/>): what a period's calls and metrics charged, and after the
/// period the difference to the minimum as one <see cref="LedgerEntryKind.MinimumPayment"/> entry, source (<c>minimum</c>, period
/// name), dated one second before the period's end so it is on that period's invoice. Posting twice posts once.
/// </summary>
public sealed class MinimumPayments(IBillingLedger ledger, ICompanyStore companies, DestinationRates rates, TimeProvider time)
{
    public const string SourceKind = "minimum";

    /// <summary>How long after a period's end it is closed, so calls that ended just before are rated first.</summary>
    public static readonly TimeSpan ClosingDelay = TimeSpan.FromMinutes(15);

    /// <summary>The current period (company time zone) so far: charges and the top-up the minimum would add now.</summary>
    public async ValueTask<PeriodCharges> CurrentAsync(string companyId, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
        return await ChargesAsync(companyId, BillingPeriod.Containing(time.GetUtcNow(), company.TimeZone), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<PeriodCharges> ChargesAsync(string companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(companyId);
        ArgumentNullException.ThrowIfNull(period);
        var table = await rates.TableAsync(companyId, cancellationToken).ConfigureAwait(false);
        var currency = table?.Currency
            ?? (await ledger.GetAccountAsync(companyId, BillingDefaults.Currency, cancellationToken).ConfigureAwait(false)).Currency;
        var charges = await ChargedAsync(companyId, period, cancellationToken).ConfigureAwait(false);
        var minimum = table?.MinimumPayment ?? 0m;
        return new PeriodCharges(period, currency, charges, minimum, Math.Max(0m, minimum - charges));
    }

    /// <summary>
    /// Charges the company's last ended period up to its tariff's minimum, when that period ended at least <see cref="ClosingDelay"/>
    /// ago and the company had any ledger entry before its end (a company that did not exist yet owes nothing). Null when nothing
    /// was due; a result with <see cref="LedgerPostResult.Posted"/> false when it was charged before.
    /// </summary>
    public async ValueTask<LedgerPostResult?> CloseLastPeriodAsync(CompanyProfile company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var now = time.GetUtcNow();
        var period = BillingPeriod.Containing(now - ClosingDelay, company.TimeZone).Previous();
        var table = await rates.TableAsync(company.Id, cancellationToken).ConfigureAwait(false);
        if (table is not { MinimumPayment: > 0m }) return null;
        if (await ledger.ExistsAsync(company.Id, SourceKind, period.Name, cancellationToken).ConfigureAwait(false)) return null;
        var earlier = await ledger.ListAsync(new LedgerQuery(company.Id, To: period.End, Take: 1), cancellationToken).ConfigureAwait(false);
        if (earlier.Count == 0) return null;

        var charges = await ChargedAsync(company.Id, period, cancellationToken).ConfigureAwait(false);
        if (charges >= table.MinimumPayment) return null;
        var topUp = table.MinimumPayment - charges;
        var entry = new LedgerEntry(
            BillingDefaults.NewEntryId(),
            company.Id,
            LedgerEntryKind.MinimumPayment,
            SourceKind,
            period.Name,
            -topUp,
            table.Currency,
            "Minimum payment",
            1m,
            period.End.AddSeconds(-1))
        {
            PostedAt = now,
            UnitPrice = topUp,
            Description = $"Minimum payment {table.MinimumPayment.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {table.Currency} for {period.Name}, charges {charges.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture)} {table.Currency}",
        };
        return await ledger.PostAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<decimal> ChargedAsync(string companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        var lines = await ledger.SummarizeAsync(companyId, period.Start, period.End, cancellationToken).ConfigureAwait(false);
        return -lines.Where(line => line.Kind is LedgerEntryKind.Call or LedgerEntryKind.Metric && line.Amount < 0m).Sum(line => line.Amount);
    }
}
