using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.CallCentre;

/// <summary>Extensions in the <c>extensions</c> table, keyed by number across companies.</summary>
internal sealed class SqlExtensionStore(DatabaseInitializer database) : IExtensionStore
{
    public async ValueTask<Extension?> FindAsync(string number, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Extensions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == number, cancellationToken);
        return row?.ToExtension();
    }

    public async ValueTask<IReadOnlyList<Extension>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Extensions.AsNoTracking().Where(e => e.CompanyId == companyId).OrderBy(e => e.Number).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToExtension()).ToList();
    }

    public async ValueTask SaveAsync(Extension extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extension);
        await using var context = await database.OpenAsync(cancellationToken);
        var existing = await context.Extensions.FirstOrDefaultAsync(e => e.Number == extension.Number, cancellationToken);
        if (existing is not null && existing.CompanyId != extension.CompanyId) throw Taken(extension.Number);
        if (existing is null) context.Extensions.Add(ExtensionRow.Of(extension));
        else existing.CopyFrom(extension);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (existing is null)
        {
            // Another process inserted the number between the read and the insert.
            throw new CallCentreConflictException($"Extension number '{extension.Number}' was just taken by another extension. ({error.InnerException?.Message})");
        }
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Extensions.Where(e => e.CompanyId == companyId && e.Number == number).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static CallCentreConflictException Taken(string number) =>
        new($"Extension number '{number}' is taken by another company's extension.");
}
