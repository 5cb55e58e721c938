using FlowBuilder.Data.Configuration;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Billing;

/// <summary>Tariffs in <c>tariffs</c> and their rates in <c>tariff_rates</c>. Saving replaces every rate in one transaction,
/// writing them like contact imports do (a prepared insert through SQLite's own API, binary COPY on PostgreSQL), so a tariff of
/// 50,000 destinations saves in well under a second or two.</summary>
internal sealed class SqlTariffStore(DatabaseInitializer database, DatabaseProvider provider) : ITariffStore
{
    public async ValueTask SaveAsync(Tariff tariff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        CheckRates(tariff);
        await using var context = await database.OpenAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var row = await context.Tariffs.FirstOrDefaultAsync(t => t.CompanyId == tariff.CompanyId && t.TariffId == tariff.Id, cancellationToken);
            if (row is null) context.Tariffs.Add(row = new TariffRow { CompanyId = tariff.CompanyId, TariffId = tariff.Id });
            row.Name = tariff.Name;
            row.Currency = tariff.Currency;
            row.UpdatedAt = tariff.UpdatedAt;
            row.MetricPricesJson = ColumnJson.Write(tariff.MetricPrices);
            row.MinimumPayment = tariff.MinimumPayment;
            await context.SaveChangesAsync(cancellationToken);
            await context.TariffRates.Where(r => r.CompanyId == tariff.CompanyId && r.TariffId == tariff.Id).ExecuteDeleteAsync(cancellationToken);
            if (provider == DatabaseProvider.Postgres) await PostgresTariffRates.CopyAsync(context, tariff, cancellationToken);
            else await SqliteTariffRates.InsertAsync(context, tariff, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    public async ValueTask<Tariff?> GetAsync(string companyId, string tariffId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Tariffs.AsNoTracking().FirstOrDefaultAsync(t => t.CompanyId == companyId && t.TariffId == tariffId, cancellationToken);
        if (row is null) return null;
        var rates = await context.TariffRates.AsNoTracking().Where(r => r.CompanyId == companyId && r.TariffId == tariffId).ToListAsync(cancellationToken);
        return ToTariff(row, rates.Select(r => r.ToRate()).OrderBy(r => r.Prefix, StringComparer.Ordinal).ToList());
    }

    public async ValueTask<IReadOnlyList<Tariff>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Tariffs.AsNoTracking().Where(t => t.CompanyId == companyId).ToListAsync(cancellationToken);
        return rows.Select(r => ToTariff(r, [])).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string tariffId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.TariffRates.Where(r => r.CompanyId == companyId && r.TariffId == tariffId).ExecuteDeleteAsync(cancellationToken);
        var deleted = await context.Tariffs.Where(t => t.CompanyId == companyId && t.TariffId == tariffId).ExecuteDeleteAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private static Tariff ToTariff(TariffRow row, IReadOnlyList<TariffRate> rates) =>
        new(row.TariffId, row.CompanyId, row.Name, row.Currency, rates)
        {
            UpdatedAt = row.UpdatedAt,
            MetricPrices = ReadMetricPrices(row.MetricPricesJson),
            MinimumPayment = ColumnDecimal.Exact(row.MinimumPayment),
        };

    /// <summary>No prices read back as the same empty list a new <see cref="Tariff"/> has, so tariffs without metric prices
    /// still compare equal to the one saved.</summary>
    private static IReadOnlyList<MetricPrice> ReadMetricPrices(string json) =>
        ColumnJson.Read<List<MetricPrice>>(json) is { Count: > 0 } prices ? prices : Array.Empty<MetricPrice>();

    private static void CheckRates(Tariff tariff)
    {
        if (Math.Round(tariff.MinimumPayment, 6) != tariff.MinimumPayment)
            throw new ArgumentException($"Tariff '{tariff.Id}': the minimum payment is stored with at most 6 decimals; round {tariff.MinimumPayment}.", nameof(tariff));
        if (tariff.MetricPrices.GroupBy(p => p.Metric, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Tariff '{tariff.Id}' prices metric '{twice.Key}' more than once: give each metric one price.", nameof(tariff));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tariff.Rates.Count; i++)
        {
            var rate = tariff.Rates[i];
            if (Math.Round(rate.PricePerMinute, 6) != rate.PricePerMinute || Math.Round(rate.ConnectionFee, 6) != rate.ConnectionFee)
                throw new ArgumentException(
                    $"Tariff '{tariff.Id}', prefix '{rate.Prefix}': prices are stored with at most 6 decimals; round {rate.PricePerMinute} / {rate.ConnectionFee}.",
                    nameof(tariff));
            if (seen.TryAdd(tariff.Rates[i].Prefix, i)) continue;
            throw new ArgumentException(
                $"Tariff '{tariff.Id}' has prefix '{tariff.Rates[i].Prefix}' twice (rates {seen[tariff.Rates[i].Prefix] + 1} and {i + 1}): give each prefix one rate.",
                nameof(tariff));
        }
    }
}
