using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Metering;

/// <summary>
/// Prices metric events with the company tariff's <see cref="Tariff.MetricPrices"/> and posts one <see cref="LedgerEntryKind.Metric"/>
/// entry per (company, <c>metric:&lt;name&gt;</c>, source id): amount = −(unit price × quantity) rounded to 4 decimals, midpoint
/// away from zero. A metric the tariff does not price (or a company without a tariff) is posted at 0, so usage still shows.
/// </summary>
public sealed class Meter(IBillingLedger ledger, DestinationRates rates, TimeProvider time) : IMeter
{
    public const string SourceKindPrefix = "metric:";

    public static string SourceKindOf(string metric) => SourceKindPrefix + metric;

    public async ValueTask<LedgerPostResult> RecordAsync(MetricEvent metricEvent, CancellationToken cancellationToken)
    {
        Validate(metricEvent);
        var table = await rates.TableAsync(metricEvent.CompanyId, cancellationToken).ConfigureAwait(false);
        var price = table is not null && table.MetricPrices.TryGetValue(metricEvent.Metric, out var found) ? found : null;
        var currency = table?.Currency
            ?? (await ledger.GetAccountAsync(metricEvent.CompanyId, BillingDefaults.Currency, cancellationToken).ConfigureAwait(false)).Currency;
        var unitPrice = price?.UnitPrice ?? 0m;
        var charge = Math.Round(unitPrice * metricEvent.Quantity, CallCharges.Decimals, MidpointRounding.AwayFromZero);
        var entry = new LedgerEntry(
            BillingDefaults.NewEntryId(),
            metricEvent.CompanyId,
            LedgerEntryKind.Metric,
            SourceKindOf(metricEvent.Metric),
            metricEvent.SourceId,
            charge == 0m ? 0m : -charge,
            currency,
            metricEvent.Metric,
            metricEvent.Quantity,
            metricEvent.OccurredAt)
        {
            PostedAt = time.GetUtcNow(),
            UnitPrice = unitPrice,
            Description = price?.Name,
        };
        return await ledger.PostAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    private static void Validate(MetricEvent metricEvent)
    {
        ArgumentNullException.ThrowIfNull(metricEvent);
        if (string.IsNullOrEmpty(metricEvent.CompanyId))
            throw new ArgumentException($"The {metricEvent.Metric} event from source '{metricEvent.SourceId}' has no company: give the company id.", nameof(metricEvent));
        if (!BillingMetrics.IsValidName(metricEvent.Metric))
        {
            throw new ArgumentException(
                $"'{metricEvent.Metric}' is not a metric name: use 1 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit (sms.sent).",
                nameof(metricEvent));
        }

        if (string.IsNullOrEmpty(metricEvent.SourceId))
            throw new ArgumentException($"The {metricEvent.Metric} event has no source id: give the id that makes it unique (message id, request id).", nameof(metricEvent));
        if (metricEvent.Quantity < 0)
            throw new ArgumentOutOfRangeException(nameof(metricEvent), $"The {metricEvent.Metric} event '{metricEvent.SourceId}' has quantity {metricEvent.Quantity}: it cannot be negative.");
    }
}
