using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Billing;

public sealed class InMemoryTariffStore : ITariffStore
{
    private readonly ConcurrentDictionary<(string CompanyId, string Id), Tariff> _tariffs = new();

    public ValueTask SaveAsync(Tariff tariff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        if (tariff.Rates.GroupBy(r => r.Prefix, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Tariff '{tariff.Id}' has prefix '{twice.Key}' more than once: give each prefix one rate.", nameof(tariff));
        _tariffs[(tariff.CompanyId, tariff.Id)] = tariff;
        return ValueTask.CompletedTask;
    }

    public ValueTask<Tariff?> GetAsync(string companyId, string tariffId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tariffs.TryGetValue((companyId, tariffId), out var tariff) ? tariff : null);

    public ValueTask<IReadOnlyList<Tariff>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Tariff>>(_tariffs.Values.Where(t => t.CompanyId == companyId)
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => t with { Rates = [] }).ToList());

    public ValueTask<bool> DeleteAsync(string companyId, string tariffId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tariffs.TryRemove((companyId, tariffId), out _));
}
