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

    public ValueTask<IReadOnlyList<CompanyProfile>> ListAsync(CancellationToken cancellationToken)
    {
        var all = _profiles.Values.ToList();
        if (!_profiles.ContainsKey(DefaultId)) all.Add(CompanyProfile.Default(DefaultId));
        return ValueTask.FromResult<IReadOnlyList<CompanyProfile>>(all.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    public ValueTask<bool> ExistsAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(companyId == DefaultId || _profiles.ContainsKey(companyId));

    private const string DefaultId = "default";
}
