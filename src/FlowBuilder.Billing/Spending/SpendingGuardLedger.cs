using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Spending;

/// <summary>
/// Decorates the ledger so the <see cref="SpendingGuard"/> on this node hears of every balance change at once: a post that
/// exhausts the account, or new account settings (credit limit), end its cached "allowed" answer (<see cref="SpendingAllowances"/>).
/// </summary>
internal sealed class SpendingGuardLedger(IBillingLedger inner, SpendingAllowances allowances) : IBillingLedger
{
    internal IBillingLedger Inner => inner;

    public async ValueTask<LedgerPostResult> PostAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        var result = await inner.PostAsync(entry, cancellationToken).ConfigureAwait(false);
        if (result.Posted) allowances.OnPosted(entry.CompanyId, result.Balance);
        return result;
    }

    public async ValueTask SaveSettingsAsync(BillingAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        try
        {
            await inner.SaveSettingsAsync(account, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            allowances.Forget(account.CompanyId);
        }
    }

    public ValueTask<BillingAccount> GetAccountAsync(string companyId, string defaultCurrency, CancellationToken cancellationToken) =>
        inner.GetAccountAsync(companyId, defaultCurrency, cancellationToken);

    public ValueTask<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public ValueTask<int> CountAsync(LedgerQuery query, CancellationToken cancellationToken) => inner.CountAsync(query, cancellationToken);

    public ValueTask<IReadOnlyList<LedgerSummaryLine>> SummarizeAsync(string companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.SummarizeAsync(companyId, from, to, cancellationToken);

    public ValueTask<bool> ExistsAsync(string companyId, string sourceKind, string sourceId, CancellationToken cancellationToken) =>
        inner.ExistsAsync(companyId, sourceKind, sourceId, cancellationToken);
}
