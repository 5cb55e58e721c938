using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Companies;

public sealed class InMemoryCompanyStore : ICompanyStore
{
    private readonly ConcurrentDictionary<string, CompanyProfile> _profiles = new(StringComparer.Ordinal);

    public ValueTask<CompanyProfile> GetAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_profiles.TryGetValue(companyId, out var profile) ? profile : CompanyProfile.Default(companyId));

    public ValueTask SaveAsync(CompanyProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profiles[profile.Id] = profile;
        return ValueTask.CompletedTask;
    }
}
