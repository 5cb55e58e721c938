using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tariffs;

/// <summary>
/// The rules a tariff must follow before it prices anything: ISO 4217 currency, and per rate a prefix of 1–15 digits that no other
/// rate has, a destination name, prices ≥ 0 and billing increments ≥ 1 second.
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

    public static bool IsPrefix(string? prefix) =>
        prefix is { Length: > 0 and <= MaxPrefixDigits } && prefix.All(char.IsAsciiDigit);

    public static bool IsCurrencyCode(string? currency) =>
        currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper);
}
