using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Messaging;

/// <summary>Opt-out lists in the <c>sms_opt_outs</c> table, keyed by company and normalised number.</summary>
internal sealed class SqlSmsOptOutStore(DatabaseInitializer database) : ISmsOptOutStore
{
    public async ValueTask<SmsOptOut?> FindAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        var normalized = SmsNumbers.Normalize(number);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SmsOptOuts.AsNoTracking().FirstOrDefaultAsync(o => o.CompanyId == companyId && o.Number == normalized, cancellationToken);
        return row?.ToOptOut();
    }

    public async ValueTask<IReadOnlyList<SmsOptOut>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.SmsOptOuts.AsNoTracking().Where(o => o.CompanyId == companyId).OrderBy(o => o.Number).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToOptOut()).ToList();
    }

    public async ValueTask SaveAsync(SmsOptOut optOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(optOut);
        var normalized = SmsNumbers.Normalize(optOut.Number);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SmsOptOuts.FirstOrDefaultAsync(o => o.CompanyId == optOut.CompanyId && o.Number == normalized, cancellationToken);
        if (row is null) context.SmsOptOuts.Add(row = new SmsOptOutRow { CompanyId = optOut.CompanyId, Number = normalized });
        row.OptedOutAt = optOut.At;
        row.Source = optOut.Source;
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        var normalized = SmsNumbers.Normalize(number);
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.SmsOptOuts.Where(o => o.CompanyId == companyId && o.Number == normalized).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
