using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Contacts;

/// <summary>Do-not-call lists in the <c>do_not_call</c> table, keyed by company and E.164 number.</summary>
internal sealed class SqlDoNotCallList(DatabaseInitializer database, TimeProvider time) : IDoNotCallList
{
    public async ValueTask<bool> ContainsAsync(string companyId, string phone, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.DoNotCall.AnyAsync(d => d.CompanyId == companyId && d.Phone == phone, cancellationToken);
    }

    public async ValueTask AddAsync(string companyId, string phone, string source, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        if (await context.DoNotCall.AnyAsync(d => d.CompanyId == companyId && d.Phone == phone, cancellationToken)) return;
        context.DoNotCall.Add(new DoNotCallRow { CompanyId = companyId, Phone = phone, AddedAt = time.GetUtcNow(), Source = source });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Added by someone else meanwhile, the first entry stays; anything else is a real failure.
            await using var check = await database.OpenAsync(cancellationToken);
            if (!await check.DoNotCall.AnyAsync(d => d.CompanyId == companyId && d.Phone == phone, cancellationToken)) throw;
        }
    }

    public async ValueTask<bool> RemoveAsync(string companyId, string phone, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.DoNotCall.Where(d => d.CompanyId == companyId && d.Phone == phone).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async ValueTask<IReadOnlyList<DoNotCallEntry>> ListAsync(string companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.DoNotCall.AsNoTracking().Where(d => d.CompanyId == companyId).OrderBy(d => d.Phone)
            .Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }
}
