using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Companies;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Companies;

/// <summary>Company profiles in the <c>companies</c> table. A row that was never saved as a profile (the seeded "default")
/// reads as <see cref="CompanyProfile.Default"/> with the row's name.</summary>
internal sealed class SqlCompanyStore(DatabaseInitializer database, TimeProvider time) : ICompanyStore
{
    public async ValueTask<CompanyProfile> GetAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.CompanyId == companyId, cancellationToken);
        return row is null ? CompanyProfile.Default(companyId) : ToProfile(row);
    }

    public async ValueTask<IReadOnlyList<CompanyProfile>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Companies.AsNoTracking().ToListAsync(cancellationToken);
        var profiles = rows.Select(ToProfile).ToList();
        if (profiles.All(p => p.Id != CompanyRow.DefaultId)) profiles.Add(CompanyProfile.Default(CompanyRow.DefaultId));
        return profiles.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async ValueTask<bool> ExistsAsync(string companyId, CancellationToken cancellationToken)
    {
        if (companyId == CompanyRow.DefaultId) return true;
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Companies.AnyAsync(c => c.CompanyId == companyId, cancellationToken);
    }

    private static CompanyProfile ToProfile(CompanyRow row)
    {
        if (row.UpdatedAt is not { } updatedAt) return CompanyProfile.Default(row.CompanyId) with { Name = row.Name };
        return new CompanyProfile(row.CompanyId, row.Name, row.Email, row.TariffId, row.TimeZone)
        {
            Address = ColumnJson.Read<List<string>>(row.AddressJson),
            TaxId = row.TaxId,
            UpdatedAt = updatedAt,
        };
    }

    public async ValueTask SaveAsync(CompanyProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Companies.FirstOrDefaultAsync(c => c.CompanyId == profile.Id, cancellationToken);
        if (row is null) context.Companies.Add(row = new CompanyRow { CompanyId = profile.Id, CreatedAt = time.GetUtcNow() });
        row.Name = profile.Name;
        row.Email = profile.Email;
        row.TariffId = profile.TariffId;
        row.TimeZone = profile.TimeZone;
        row.AddressJson = ColumnJson.Write(profile.Address);
        row.TaxId = profile.TaxId;
        row.UpdatedAt = profile.UpdatedAt;
        await context.SaveChangesAsync(cancellationToken);
    }
}
