using System.Globalization;
using FlowBuilder.Billing.Hosting;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Billing.Spending;

/// <summary>
/// Refuses launches for a company whose account is exhausted (<see cref="BillingAccount.IsExhausted"/>: a credit limit is set and
/// balance + limit ≤ 0). An "allowed" answer is kept for at most <see cref="AllowedFor"/> per company in
/// <paramref name="allowances"/>; a post through <see cref="SpendingGuardLedger"/> on this node that exhausts the account, or new
/// account settings, end it at once. Posts on other nodes are seen within <see cref="AllowedFor"/>.
/// </summary>
public sealed class SpendingGuard(IBillingLedger ledger, ICompanyStore companies, TimeProvider time, SpendingAllowances allowances) : ISpendingGuard
{
    public static readonly TimeSpan AllowedFor = TimeSpan.FromSeconds(2);

    public async ValueTask<string?> RefusalAsync(string companyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(companyId);
        if (allowances.IsAllowed(companyId, time.GetUtcNow(), out var version)) return null;
        var account = await ledger.GetAccountAsync(companyId, BillingDefaults.Currency, cancellationToken).ConfigureAwait(false);
        if (!account.IsExhausted)
        {
            allowances.Remember(companyId, version, time.GetUtcNow() + AllowedFor, account.CreditLimit);
            return null;
        }

        var company = await companies.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
        return Reason(company.Name, account);
    }

    /// <summary>The reason given for an exhausted account: company, balance, credit limit, currency and what to do.</summary>
    public static string Reason(string companyName, BillingAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var currency = account.Currency;
        return string.Create(CultureInfo.InvariantCulture,
            $"The balance of {companyName} is {account.Balance:0.00} {currency} and its credit limit {account.CreditLimit ?? 0m:0.00} {currency}, so nothing is left to spend: top up the account (or ask a system administrator to raise the credit limit) to place calls again.");
    }
}
