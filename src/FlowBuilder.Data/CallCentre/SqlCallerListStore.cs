using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.CallCentre;

/// <summary>Caller lists in the <c>caller_list_entries</c> table, keyed by company and normalized number.</summary>
internal sealed class SqlCallerListStore(DatabaseInitializer database) : ICallerListStore
{
    public async ValueTask<CallerListEntry?> FindAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        var normalized = CallerNumbers.Normalize(number);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CallerLists.AsNoTracking().FirstOrDefaultAsync(e => e.CompanyId == companyId && e.Number == normalized, cancellationToken);
        return row?.ToEntry();
    }

    public async ValueTask<IReadOnlyList<CallerListEntry>> ListAsync(string companyId, CallerListKind? kind, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.CallerLists.AsNoTracking().Where(e => e.CompanyId == companyId);
        if (kind is { } wanted) rows = rows.Where(e => e.Kind == wanted);
        var list = await rows.OrderBy(e => e.Number).ToListAsync(cancellationToken);
        return list.Select(r => r.ToEntry()).ToList();
    }

    public async ValueTask SaveAsync(CallerListEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var normalized = CallerNumbers.Normalize(entry.Number);
        await using var context = await database.OpenAsync(cancellationToken);
        var existing = await context.CallerLists.FirstOrDefaultAsync(e => e.CompanyId == entry.CompanyId && e.Number == normalized, cancellationToken);
        if (existing is null) context.CallerLists.Add(CallerListRow.Of(entry));
        else existing.CopyFrom(entry);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        var normalized = CallerNumbers.Normalize(number);
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CallerLists.Where(e => e.CompanyId == companyId && e.Number == normalized).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
