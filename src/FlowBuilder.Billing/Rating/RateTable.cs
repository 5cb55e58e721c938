using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// A tariff's rates indexed for longest-prefix lookup: one dictionary per prefix length, keyed by the prefix's digits as a number,
/// so a lookup tries at most 15 lengths without allocating. Built once per tariff version and safe to share between threads.
/// </summary>
public sealed class RateTable
{
    private readonly Dictionary<ulong, TariffRate>?[] _byLength;
    private readonly int _shortest;
    private readonly int _longest;

    private RateTable(Tariff tariff, Dictionary<ulong, TariffRate>?[] byLength)
    {
        TariffId = tariff.Id;
        TariffName = tariff.Name;
        Currency = tariff.Currency;
        UpdatedAt = tariff.UpdatedAt;
        Count = tariff.Rates.Count;
        MinimumPayment = tariff.MinimumPayment;
        MetricPrices = tariff.MetricPrices.ToDictionary(price => price.Metric, StringComparer.Ordinal);
        _byLength = byLength;
        _shortest = Array.FindIndex(byLength, d => d is not null);
        _longest = Array.FindLastIndex(byLength, d => d is not null);
    }

    public string TariffId { get; }

    public string TariffName { get; }

    public string Currency { get; }

    /// <summary>The tariff version the table was built from.</summary>
    public DateTimeOffset UpdatedAt { get; }

    /// <summary>How many rates (prefixes) the table holds.</summary>
    public int Count { get; }

    /// <summary>The tariff's minimum guaranteed payment per billing period; 0: none.</summary>
    public decimal MinimumPayment { get; }

    /// <summary>The tariff's action prices by metric name.</summary>
    public IReadOnlyDictionary<string, MetricPrice> MetricPrices { get; }

    /// <summary>Indexes <paramref name="tariff"/>'s rates; throws <see cref="InvalidTariffException"/> naming every invalid or duplicate
    /// prefix (see <see cref="TariffValidation"/>).</summary>
    public static RateTable Build(Tariff tariff)
    {
        TariffValidation.ThrowIfInvalid(tariff);
        var byLength = new Dictionary<ulong, TariffRate>?[TariffValidation.MaxPrefixDigits + 1];
        foreach (var rate in tariff.Rates)
        {
            var length = rate.Prefix.Length;
            (byLength[length] ??= []).Add(ulong.Parse(rate.Prefix, System.Globalization.CultureInfo.InvariantCulture), rate);
        }

        return new RateTable(tariff, byLength);
    }

    /// <summary>The rate of the longest prefix of <paramref name="number"/> (E.164; '+', spaces and other non-digits are ignored),
    /// or null when no prefix matches.</summary>
    public TariffRate? Find(ReadOnlySpan<char> number) => TryFind(number, out var rate) ? rate : null;

    /// <inheritdoc cref="Find"/>
    public bool TryFind(ReadOnlySpan<char> number, out TariffRate rate)
    {
        rate = null!;
        if (_longest < 0) return false;

        // keys[k] = the number's first k digits as a number; only the first 15 digits can match a prefix.
        Span<ulong> keys = stackalloc ulong[TariffValidation.MaxPrefixDigits + 1];
        var digits = 0;
        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c)) continue;
            digits++;
            keys[digits] = keys[digits - 1] * 10 + (ulong)(c - '0');
            if (digits == _longest) break;
        }

        for (var length = Math.Min(digits, _longest); length >= _shortest && length > 0; length--)
        {
            if (_byLength[length] is { } rates && rates.TryGetValue(keys[length], out var found))
            {
                rate = found;
                return true;
            }
        }

        return false;
    }
}
