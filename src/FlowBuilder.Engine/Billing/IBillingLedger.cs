namespace FlowBuilder.Engine.Billing;

/// <summary>Balances and their entries (tables <c>billing_accounts</c>, <c>ledger_entries</c>).</summary>
public interface IBillingLedger
{
    /// <summary>
    /// Atomically inserts the entry and adds its amount to the company's balance, unless an entry with the same (company,
    /// source kind, source id) exists: then nothing changes and <see cref="LedgerPostResult.Posted"/> is false.
    /// Creates the account (balance 0, no limit) on first use.
    /// </summary>
    ValueTask<LedgerPostResult> PostAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>The account; one with balance 0, no credit limit (null), no payer and <paramref name="defaultCurrency"/> when none exists.</summary>
    ValueTask<BillingAccount> GetAccountAsync(string companyId, string defaultCurrency, CancellationToken cancellationToken);

    /// <summary>Sets credit limit, payer and currency; the balance is not touched (only <see cref="PostAsync"/> moves it).</summary>
    ValueTask SaveSettingsAsync(BillingAccount account, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken);

    ValueTask<int> CountAsync(LedgerQuery query, CancellationToken cancellationToken);

    /// <summary>Entries of [from, to) grouped by kind and item, kind then item order.</summary>
    ValueTask<IReadOnlyList<LedgerSummaryLine>> SummarizeAsync(string companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Whether an entry with this source exists (rating checks before heavier work).</summary>
    ValueTask<bool> ExistsAsync(string companyId, string sourceKind, string sourceId, CancellationToken cancellationToken);
}
