namespace FlowBuilder.Engine.Billing;

public sealed class InMemoryBillingLedger : IBillingLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BillingAccount> _accounts = new(StringComparer.Ordinal);
    private readonly List<LedgerEntry> _entries = [];
    private readonly HashSet<(string CompanyId, string SourceKind, string SourceId)> _sources = [];

    public ValueTask<LedgerPostResult> PostAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var account = _accounts.GetValueOrDefault(entry.CompanyId) ?? new BillingAccount(entry.CompanyId, entry.Currency, 0m, null, null);
            if (!_sources.Add((entry.CompanyId, entry.SourceKind, entry.SourceId))) return ValueTask.FromResult(new LedgerPostResult(false, account.Balance));
            account = account with { Balance = account.Balance + entry.Amount, UpdatedAt = entry.PostedAt };
            _accounts[entry.CompanyId] = account;
            _entries.Add(entry);
            return ValueTask.FromResult(new LedgerPostResult(true, account.Balance));
        }
    }

    public ValueTask<BillingAccount> GetAccountAsync(string companyId, string defaultCurrency, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult(_accounts.GetValueOrDefault(companyId) ?? new BillingAccount(companyId, defaultCurrency, 0m, null, null));
    }

    public ValueTask SaveSettingsAsync(BillingAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate)
        {
            var balance = _accounts.GetValueOrDefault(account.CompanyId)?.Balance ?? 0m;
            _accounts[account.CompanyId] = account with { Balance = balance };
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<LedgerEntry>>(Matching(query).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id, StringComparer.Ordinal)
                .Skip(query.Skip).Take(query.Take).ToList());
    }

    public ValueTask<int> CountAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate) return ValueTask.FromResult(Matching(query).Count());
    }

    public ValueTask<IReadOnlyList<LedgerSummaryLine>> SummarizeAsync(string companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<LedgerSummaryLine>>(Matching(new LedgerQuery(companyId, from, to))
                .GroupBy(e => (e.Kind, e.Item))
                .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Item, StringComparer.Ordinal)
                .Select(g => new LedgerSummaryLine(g.Key.Kind, g.Key.Item, g.LongCount(), g.Sum(e => e.Quantity), g.Sum(e => e.Amount)))
                .ToList());
    }

    public ValueTask<bool> ExistsAsync(string companyId, string sourceKind, string sourceId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_sources.Contains((companyId, sourceKind, sourceId)));
    }

    private IEnumerable<LedgerEntry> Matching(LedgerQuery query) => _entries.Where(e => e.CompanyId == query.CompanyId
        && (query.From is null || e.OccurredAt >= query.From) && (query.To is null || e.OccurredAt < query.To) && (query.Kind is null || e.Kind == query.Kind));
}
