namespace FlowBuilder.Engine.Companies;

/// <summary>Company profiles (table <c>companies</c>).</summary>
public interface ICompanyStore
{
    /// <summary>The saved profile, or <see cref="CompanyProfile.Default"/> when the company has none.</summary>
    ValueTask<CompanyProfile> GetAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the profile.</summary>
    ValueTask SaveAsync(CompanyProfile profile, CancellationToken cancellationToken);

    /// <summary>Every company of the installation (system administrators' list), by name; the seeded <c>default</c> one included.</summary>
    ValueTask<IReadOnlyList<CompanyProfile>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Whether the company exists (saved, or the seeded <c>default</c>).</summary>
    ValueTask<bool> ExistsAsync(string companyId, CancellationToken cancellationToken);
}
