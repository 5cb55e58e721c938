using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.CallCentre;

/// <summary>Groups in the <c>extension_groups</c> table; a group's number is unique (index) and must not be an extension's.</summary>
internal sealed class SqlExtensionGroupStore(DatabaseInitializer database) : IExtensionGroupStore
{
    public async ValueTask<ExtensionGroup?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ExtensionGroups.AsNoTracking().FirstOrDefaultAsync(g => g.CompanyId == companyId && g.Name == name, cancellationToken);
        return row?.ToGroup();
    }

    public async ValueTask<ExtensionGroup?> FindByNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ExtensionGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Number == number, cancellationToken);
        return row?.ToGroup();
    }

    public async ValueTask<IReadOnlyList<ExtensionGroup>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.ExtensionGroups.AsNoTracking().Where(g => g.CompanyId == companyId).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToGroup()).ToList();
    }

    public async ValueTask SaveAsync(ExtensionGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        await using var context = await database.OpenAsync(cancellationToken);
        if (group.Number is { } number)
        {
            var holder = await context.ExtensionGroups.AsNoTracking()
                .FirstOrDefaultAsync(g => g.Number == number && !(g.CompanyId == group.CompanyId && g.Name == group.Name), cancellationToken);
            if (holder is not null)
                throw new CallCentreConflictException(holder.CompanyId == group.CompanyId
                    ? $"Number '{number}' is taken by group '{holder.Name}'."
                    : $"Number '{number}' is taken by another company's group.");
            var extension = await context.Extensions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == number, cancellationToken);
            if (extension is not null)
                throw new CallCentreConflictException(extension.CompanyId == group.CompanyId
                    ? $"Number '{number}' is taken by extension {number}."
                    : $"Number '{number}' is taken by another company's extension.");
        }
        var existing = await context.ExtensionGroups.FirstOrDefaultAsync(g => g.CompanyId == group.CompanyId && g.Name == group.Name, cancellationToken);
        if (existing is null) context.ExtensionGroups.Add(ExtensionGroupRow.Of(group));
        else existing.CopyFrom(group);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (group.Number is not null)
        {
            throw new CallCentreConflictException($"Number '{group.Number}' was just taken by another group. ({error.InnerException?.Message})");
        }
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.ExtensionGroups.Where(g => g.CompanyId == companyId && g.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
