namespace FlowBuilder.Engine.Companies;

/// <summary>Company profiles (table <c>companies</c>).</summary>
public interface ICompanyStore
{
    /// <summary>The saved profile, or <see cref="CompanyProfile.Default"/> when the company has none.</summary>
    ValueTask<CompanyProfile> GetAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the profile.</summary>
    ValueTask SaveAsync(CompanyProfile profile, CancellationToken cancellationToken);
}
