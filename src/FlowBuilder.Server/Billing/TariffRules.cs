using System.Text.RegularExpressions;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.Billing;

/// <summary>Checks a tariff body: a name, a currency code, and rates with digit prefixes (unique), names, prices of 0 or more
/// and increments of 1–3600 seconds.</summary>
internal static partial class TariffRules
{
    public const int MaxRates = 100_000;

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
        if (errors.Any) return null;
        return new Tariff(id, companyId, name!, currency!, rates) { UpdatedAt = now };
    }
}
