using FlowBuilder.Data.Configuration;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Billing;

/// <summary>
/// Balances in <c>billing_accounts</c> and their entries in <c>ledger_entries</c>. A post runs in one transaction: it makes
/// sure the account row exists, inserts the entry unless its (company, source kind, source id) is there already, and only
/// when a row went in adds the amount to the balance. PostgreSQL adds in SQL (<c>balance = balance + amount</c>, serialised by
/// the row lock); SQLite keeps decimals as text, so the new balance is computed in C# inside the write transaction, which
/// SQLite runs one at a time (<c>BEGIN IMMEDIATE</c>). Either way the balance is exact.
/// </summary>
internal sealed partial class SqlBillingLedger(DatabaseInitializer database, DatabaseProvider provider) : IBillingLedger
{
    private const int QuantityDecimals = 12;

    public async ValueTask<BillingAccount> GetAccountAsync(string companyId, string defaultCurrency, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.BillingAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.CompanyId == companyId, cancellationToken);
        return row?.ToAccount() ?? new BillingAccount(companyId, defaultCurrency, 0m, null, null);
    }

    public async ValueTask SaveSettingsAsync(BillingAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.CreditLimit is { } limit) CheckMoney(limit, $"The credit limit of company '{account.CompanyId}'");
        var payer = account.Payer is null ? null : ColumnJson.Write(account.Payer);
        var updatedAt = account.UpdatedAt.UtcTicks;
        await using var context = await database.OpenAsync(cancellationToken);
        // One statement, so it cannot interleave with a post: the balance column is never written here.
        await context.Database.ExecuteSqlAsync($"""
            INSERT INTO billing_accounts (company_id, currency, balance, credit_limit, payer_json, updated_at)
            VALUES ({account.CompanyId}, {account.Currency}, {0m}, {account.CreditLimit}, {payer}, {updatedAt})
            ON CONFLICT (company_id) DO UPDATE SET currency = excluded.currency, credit_limit = excluded.credit_limit,
                payer_json = excluded.payer_json, updated_at = excluded.updated_at
            """, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await Matching(context, query).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.EntryId)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Max(0, query.Take)).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async ValueTask<int> CountAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        return await Matching(context, query).CountAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<LedgerSummaryLine>> SummarizeAsync(string companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var entries = Matching(context, new LedgerQuery(companyId, from, to));
        List<LedgerSummaryLine> lines;
        if (provider == DatabaseProvider.Postgres)
        {
            // numeric sums are exact in PostgreSQL.
            var groups = await entries.GroupBy(e => new { e.Kind, e.Item })
                .Select(g => new { g.Key.Kind, g.Key.Item, Count = g.LongCount(), Quantity = g.Sum(e => e.Quantity), Amount = g.Sum(e => e.Amount) })
                .ToListAsync(cancellationToken);
            lines = groups.Select(g => new LedgerSummaryLine(g.Kind, g.Item, g.Count, ColumnDecimal.Exact(g.Quantity), ColumnDecimal.Exact(g.Amount))).ToList();
        }
        else
        {
            // SQLite would sum decimal text as floating point; add the decimals here instead.
            var rows = await entries.Select(e => new { e.Kind, e.Item, e.Quantity, e.Amount }).ToListAsync(cancellationToken);
            lines = rows.GroupBy(e => (e.Kind, e.Item))
                .Select(g => new LedgerSummaryLine(g.Key.Kind, g.Key.Item, g.LongCount(), ColumnDecimal.Exact(g.Sum(e => e.Quantity)), ColumnDecimal.Exact(g.Sum(e => e.Amount))))
                .ToList();
        }
        return lines.OrderBy(l => l.Kind).ThenBy(l => l.Item, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<bool> ExistsAsync(string companyId, string sourceKind, string sourceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.LedgerEntries.AnyAsync(e => e.CompanyId == companyId && e.SourceKind == sourceKind && e.SourceId == sourceId, cancellationToken);
    }

    private static IQueryable<LedgerEntryRow> Matching(FlowBuilderDbContext context, LedgerQuery query)
    {
        var rows = context.LedgerEntries.AsNoTracking().Where(e => e.CompanyId == query.CompanyId);
        if (query.From is { } from) rows = rows.Where(e => e.OccurredAt >= from);
        if (query.To is { } to) rows = rows.Where(e => e.OccurredAt < to);
        if (query.Kind is { } kind) rows = rows.Where(e => e.Kind == kind);
        return rows;
    }

    private static void CheckMoney(decimal value, string what)
    {
        if (Math.Round(value, 6) != value)
            throw new ArgumentException($"{what} is {value}: money is stored with at most 6 decimals; round it first (charges are rounded to 4).");
        if (Math.Abs(value) >= 1_000_000_000_000m)
            throw new ArgumentException($"{what} is {value}: amounts must stay below 1,000,000,000,000.");
    }
}
