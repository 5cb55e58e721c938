using System.Text.RegularExpressions;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.Billing;

/// <summary>Checks a tariff body: a name, a currency code, and rates with digit prefixes (unique), names, prices of 0 or more
/// and increments of 1–3600 seconds, metric prices (valid names, each once, 0 or more) and a minimum payment of 0 or more.</summary>
internal static partial class TariffRules
{
    public const int MaxRates = 100_000;
    public const int MaxMetricPrices = 1_000;
    public const decimal MaxMoney = 1_000_000_000m;

    [GeneratedRegex("^[A-Za-z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();

    [GeneratedRegex("^[0-9]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    public static Tariff? Build(string companyId, string id, TariffBody body, DateTimeOffset now, ValidationErrors errors)
    {
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "name is missing. Give the tariff a name, e.g. \"Standard 2027\".");
        else if (name.Length > 200) errors.Add("name", "name is longer than 200 characters.");
        var currency = body.Currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(currency) || !CurrencyCode().IsMatch(currency))
            errors.Add("currency", $"currency '{body.Currency}' is not a currency code. Use three letters (ISO 4217), e.g. EUR.");
        var rates = new List<TariffRate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bodies = body.Rates ?? [];
        if (bodies.Count > MaxRates) errors.Add("rates", $"rates has {bodies.Count} entries; a tariff holds at most {MaxRates}.");
        for (var i = 0; i < bodies.Count && i < MaxRates; i++)
        {
            var at = $"rates[{i}]";
            var rate = bodies[i];
            var prefix = rate?.Prefix?.Trim().TrimStart('+') ?? "";
            var ok = true;
            if (!Prefix().IsMatch(prefix)) { errors.Add($"{at}.prefix", $"{at}.prefix '{rate?.Prefix}' is not a prefix: give 1 to 15 digits of the E.164 number without '+', e.g. 4915."); ok = false; }
            else if (!seen.Add(prefix)) { errors.Add($"{at}.prefix", $"Prefix {prefix} is listed twice. Give each prefix one rate."); ok = false; }
            var destination = rate?.Destination?.Trim();
            if (string.IsNullOrEmpty(destination)) { errors.Add($"{at}.destination", $"{at}.destination is missing. Name it, e.g. \"Germany mobile\"."); ok = false; }
            if (rate?.PricePerMinute is not { } price || price < 0) { errors.Add($"{at}.pricePerMinute", $"{at}.pricePerMinute must be 0 or more; {rate?.PricePerMinute?.ToString() ?? "nothing"} is not."); ok = false; }
            if (rate?.ConnectionFee is < 0) { errors.Add($"{at}.connectionFee", $"{at}.connectionFee must be 0 or more."); ok = false; }
            if (rate?.FirstIncrement is < 1 or > 3600) { errors.Add($"{at}.firstIncrement", $"{at}.firstIncrement must be between 1 and 3600 seconds."); ok = false; }
            if (rate?.NextIncrement is < 1 or > 3600) { errors.Add($"{at}.nextIncrement", $"{at}.nextIncrement must be between 1 and 3600 seconds."); ok = false; }
            if (ok) rates.Add(new TariffRate(prefix, destination!, rate!.PricePerMinute!.Value, rate.ConnectionFee ?? 0m, rate.FirstIncrement ?? 60, rate.NextIncrement ?? 60));
        }
        var metricPrices = MetricPrices(body.MetricPrices ?? [], errors);
        if (body.MinimumPayment is < 0m)
            errors.Add("minimumPayment", $"minimumPayment must be 0 or more (0: no minimum); {body.MinimumPayment} is not.");
        else if (body.MinimumPayment is > MaxMoney) errors.Add("minimumPayment", $"minimumPayment must be at most {MaxMoney}.");
        else if (body.MinimumPayment is { } minimum && !Money.IsWholeCents(minimum))
            errors.Add("minimumPayment", $"minimumPayment {minimum} has more than 2 decimals. Give it in cents, e.g. {Money.Round(minimum)}.");
        if (errors.Any) return null;
        return new Tariff(id, companyId, name!, currency!, rates)
        {
            UpdatedAt = now,
            MetricPrices = metricPrices,
            MinimumPayment = body.MinimumPayment ?? 0m,
        };
    }

    /// <summary>Action prices: valid metric names (<see cref="BillingMetrics.IsValidName"/>), each once, unit prices of 0 or more.</summary>
    private static List<MetricPrice> MetricPrices(IReadOnlyList<MetricPriceBody?> bodies, ValidationErrors errors)
    {
        var prices = new List<MetricPrice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (bodies.Count > MaxMetricPrices) errors.Add("metricPrices", $"metricPrices has {bodies.Count} entries; a tariff holds at most {MaxMetricPrices}.");
        for (var i = 0; i < bodies.Count && i < MaxMetricPrices; i++)
        {
            var at = $"metricPrices[{i}]";
            var price = bodies[i];
            var metric = price?.Metric?.Trim() ?? "";
            var label = metric.Length == 0 ? at : $"{at} ({metric})";
            var ok = true;
            if (!BillingMetrics.IsValidName(metric))
            {
                errors.Add($"{at}.metric", metric.Length == 0
                    ? $"{at}.metric is missing. Name the metric, e.g. {BillingMetrics.SmsSent} or one a flow records."
                    : $"{at}.metric '{metric}' is not a metric name: use lower-case letters, digits, '.', '-' and '_' (64 at most), e.g. {BillingMetrics.SmsSent}.");
                ok = false;
            }
            else if (!seen.Add(metric)) { errors.Add($"{at}.metric", $"Metric {metric} is listed twice. Give each metric one price."); ok = false; }
            if (price?.UnitPrice is not { } unitPrice || unitPrice < 0)
            {
                errors.Add($"{at}.unitPrice", $"{label}.unitPrice must be 0 or more; {price?.UnitPrice?.ToString() ?? "nothing"} is not.");
                ok = false;
            }
            var display = string.IsNullOrWhiteSpace(price?.Name) ? null : price.Name.Trim();
            if (display is { Length: > 200 }) { errors.Add($"{at}.name", $"{label}.name is longer than 200 characters."); ok = false; }
            if (ok) prices.Add(new MetricPrice(metric, price!.UnitPrice!.Value, display));
        }
        return prices;
    }
}
