using System.Collections.Concurrent;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// Rates destinations with the company's tariff (<see cref="CompanyProfile.TariffId"/>). The tariff's <see cref="RateTable"/> is
/// built once and kept until the tariff's <see cref="Tariff.UpdatedAt"/> changes; each lookup reads the company profile and the
/// tariff list (no rates) to notice changes made through another node.
/// </summary>
public sealed class DestinationRates(ICompanyStore companies, ITariffStore tariffs) : IDestinationRates
{
    private readonly ConcurrentDictionary<(string CompanyId, string TariffId), RateTable> _tables = new();

    // One build at a time: requests arriving together after a tariff change wait for one table instead of each loading 50,000 rates.
    private readonly SemaphoreSlim _building = new(1, 1);

    public async ValueTask<DestinationRate?> FindAsync(string companyId, string e164, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e164);
        var table = await TableAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (table is null || !table.TryFind(e164, out var rate)) return null;
        return new DestinationRate(table.TariffId, table.TariffName, table.Currency, rate);
    }

    /// <summary>The company's tariff as a rate table, or null when the company has no tariff or its tariff was deleted.</summary>
    public async ValueTask<RateTable?> TableAsync(string companyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(companyId);
        var company = await companies.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(company.TariffId)) return null;

        var key = (companyId, company.TariffId);
        var listed = (await tariffs.ListAsync(companyId, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(t => t.Id == company.TariffId);
        if (listed is null)
        {
            _tables.TryRemove(key, out _);
            return null;
        }

        if (_tables.TryGetValue(key, out var cached) && cached.UpdatedAt == listed.UpdatedAt) return cached;

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out cached) && cached.UpdatedAt == listed.UpdatedAt) return cached;
            var tariff = await tariffs.GetAsync(companyId, company.TariffId, cancellationToken).ConfigureAwait(false);
            if (tariff is null) return null;
            var table = RateTable.Build(tariff);
            _tables[key] = table;
            return table;
        }
        finally
        {
            _building.Release();
        }
    }
}
