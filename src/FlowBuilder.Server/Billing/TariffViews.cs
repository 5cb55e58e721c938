using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Server.Billing;

/// <summary>A tariff with all its rates, longest prefix first within equal starts (as stored: by prefix), its metric prices by metric
/// and its minimum payment per period.</summary>
internal sealed record TariffView(string Id, string Name, string Currency, int RateCount, IReadOnlyList<TariffRate> Rates, DateTimeOffset UpdatedAt,
    IReadOnlyList<MetricPrice> MetricPrices, decimal MinimumPayment)
{
    public static TariffView From(Tariff tariff) => new(tariff.Id, tariff.Name, tariff.Currency, tariff.Rates.Count,
        tariff.Rates.OrderBy(r => r.Prefix, StringComparer.Ordinal).ToList(), tariff.UpdatedAt,
        tariff.MetricPrices.OrderBy(p => p.Metric, StringComparer.Ordinal).ToList(), tariff.MinimumPayment);
}

/// <summary>A tariff in the list: without its rates, with how many it has.</summary>
internal sealed record TariffSummaryView(string Id, string Name, string Currency, int RateCount);
