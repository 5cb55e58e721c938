using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tariffs;

/// <summary>
/// The rules a tariff must follow before it prices anything: ISO 4217 currency, and per rate a prefix of 1–15 digits that no other
/// rate has, a destination name, prices ≥ 0 and billing increments ≥ 1 second; per metric price a valid metric name
/// (<see cref="BillingMetrics.IsValidName"/>) that no other price has and a unit price ≥ 0; a minimum payment ≥ 0.
/// </summary>
public static class TariffValidation
{
    public const int MaxPrefixDigits = 15;

    /// <summary>Every problem of <paramref name="tariff"/>; empty when it is valid.</summary>
    public static IReadOnlyList<TariffError> Check(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var errors = new List<TariffError>();
        if (string.IsNullOrWhiteSpace(tariff.Name)) errors.Add(new("name", "The tariff needs a name."));
        if (!IsCurrencyCode(tariff.Currency))
        {
            errors.Add(new("currency", $"'{tariff.Currency}' is not an ISO 4217 currency code: use three capital letters such as EUR or USD."));
        }

        var firstIndexByPrefix = new Dictionary<string, int>(tariff.Rates.Count, StringComparer.Ordinal);
        for (var i = 0; i < tariff.Rates.Count; i++)
        {
            var rate = tariff.Rates[i];
            var field = $"rates[{i}]";
            foreach (var (name, message) in CheckRate(rate)) errors.Add(new($"{field}.{name}", message));
            if (IsPrefix(rate.Prefix) && !firstIndexByPrefix.TryAdd(rate.Prefix, i))
            {
                errors.Add(new($"{field}.prefix",
                    $"Prefix {rate.Prefix} appears twice (also rates[{firstIndexByPrefix[rate.Prefix]}]): keep one rate per prefix."));
            }
        }

        CheckMetricPrices(tariff, errors);
        if (tariff.MinimumPayment < 0)
        {
            errors.Add(new("minimumPayment", $"The minimum payment is {tariff.MinimumPayment}: it cannot be negative (0 means none)."));
        }

        return errors;
    }

    /// <summary>Throws <see cref="InvalidTariffException"/> naming every problem when <paramref name="tariff"/> is not valid.</summary>
    public static void ThrowIfInvalid(Tariff tariff)
    {
        var errors = Check(tariff);
        if (errors.Count > 0) throw new InvalidTariffException($"Tariff '{tariff.Name}' ({tariff.Id})", errors);
    }

    /// <summary>The problems of one rate as (field, message), field in camelCase (<c>prefix</c>, <c>pricePerMinute</c>).</summary>
    public static IEnumerable<(string Field, string Message)> CheckRate(TariffRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (!IsPrefix(rate.Prefix))
        {
            yield return ("prefix", $"'{rate.Prefix}' is not a prefix: use 1 to {MaxPrefixDigits} digits of the international number without '+' (49, 4915, 1212).");
        }

        if (string.IsNullOrWhiteSpace(rate.Destination)) yield return ("destination", "The destination needs a name (Germany mobile).");
        if (rate.PricePerMinute < 0) yield return ("pricePerMinute", $"The price per minute is {rate.PricePerMinute}: it cannot be negative.");
        if (rate.ConnectionFee < 0) yield return ("connectionFee", $"The connection fee is {rate.ConnectionFee}: it cannot be negative.");
        if (rate.FirstIncrement < 1) yield return ("firstIncrement", $"The first increment is {rate.FirstIncrement} s: it must be at least 1 second.");
        if (rate.NextIncrement < 1) yield return ("nextIncrement", $"The next increment is {rate.NextIncrement} s: it must be at least 1 second.");
    }

    private static void CheckMetricPrices(Tariff tariff, List<TariffError> errors)
    {
        var firstIndexByMetric = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tariff.MetricPrices.Count; i++)
        {
            var price = tariff.MetricPrices[i];
            var field = $"metricPrices[{i}]";
            if (price is null)
            {
                errors.Add(new(field, "The metric price is empty: give a metric and a unit price."));
                continue;
            }

            if (!BillingMetrics.IsValidName(price.Metric))
            {
                errors.Add(new($"{field}.metric",
                    $"'{price.Metric}' is not a metric name: use 1 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit ({string.Join(", ", BillingMetrics.BuiltIn)})."));
            }
            else if (!firstIndexByMetric.TryAdd(price.Metric, i))
            {
                errors.Add(new($"{field}.metric",
                    $"Metric {price.Metric} is priced twice (also metricPrices[{firstIndexByMetric[price.Metric]}]): keep one price per metric."));
            }

            if (price.UnitPrice < 0)
            {
                errors.Add(new($"{field}.unitPrice", $"The unit price of metric {price.Metric} is {price.UnitPrice}: it cannot be negative."));
            }
        }
    }

    public static bool IsPrefix(string? prefix) =>
        prefix is { Length: > 0 and <= MaxPrefixDigits } && prefix.All(char.IsAsciiDigit);

    public static bool IsCurrencyCode(string? currency) =>
        currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper);
}
