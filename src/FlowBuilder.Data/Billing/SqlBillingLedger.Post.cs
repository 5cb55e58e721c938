using FlowBuilder.Data.Configuration;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Billing;

internal sealed partial class SqlBillingLedger
{
    public async ValueTask<LedgerPostResult> PostAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        CheckMoney(entry.Amount, $"The amount of ledger entry '{entry.Id}' ({entry.SourceKind} {entry.SourceId})");
        var postedAt = entry.PostedAt.UtcTicks;
        string kind = entry.Kind.ToString(), companyId = entry.CompanyId;
        decimal quantity = Math.Round(entry.Quantity, QuantityDecimals, MidpointRounding.AwayFromZero),
            unitPrice = Math.Round(entry.UnitPrice, QuantityDecimals, MidpointRounding.AwayFromZero);
        await using var context = await database.OpenAsync(cancellationToken);
        // SQLite: BEGIN IMMEDIATE takes the write lock up front, so the read-modify-write of the balance below cannot interleave.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Database.ExecuteSqlAsync($"""
            INSERT INTO billing_accounts (company_id, currency, balance, credit_limit, payer_json, updated_at)
            VALUES ({companyId}, {entry.Currency}, {0m}, NULL, NULL, {postedAt})
            ON CONFLICT (company_id) DO NOTHING
            """, cancellationToken);
        var inserted = await context.Database.ExecuteSqlAsync($"""
            INSERT INTO ledger_entries (entry_id, company_id, kind, source_kind, source_id, amount, currency, item, quantity, unit_price,
                billed_seconds, prefix, description, occurred_at, posted_at)
            VALUES ({entry.Id}, {companyId}, {kind}, {entry.SourceKind}, {entry.SourceId}, {entry.Amount}, {entry.Currency}, {entry.Item},
                {quantity}, {unitPrice}, {entry.BilledSeconds}, {entry.Prefix}, {entry.Description}, {entry.OccurredAt.UtcTicks}, {postedAt})
            ON CONFLICT (company_id, source_kind, source_id) DO NOTHING
            """, cancellationToken);
        var accounts = context.BillingAccounts.Where(a => a.CompanyId == companyId);
        decimal balance;
        if (inserted == 0)
        {
            balance = await accounts.Select(a => a.Balance).FirstAsync(cancellationToken);
        }
        else if (provider == DatabaseProvider.Postgres)
        {
            await accounts.ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Balance, a => a.Balance + entry.Amount)
                .SetProperty(a => a.UpdatedAt, new DateTimeOffset(postedAt, TimeSpan.Zero)), cancellationToken);
            balance = await accounts.Select(a => a.Balance).FirstAsync(cancellationToken);
        }
        else
        {
            balance = await accounts.Select(a => a.Balance).FirstAsync(cancellationToken) + entry.Amount;
            await accounts.ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Balance, balance)
                .SetProperty(a => a.UpdatedAt, new DateTimeOffset(postedAt, TimeSpan.Zero)), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new LedgerPostResult(inserted > 0, ColumnDecimal.Exact(balance));
    }
}
