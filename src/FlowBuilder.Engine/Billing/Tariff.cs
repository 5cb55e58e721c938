namespace FlowBuilder.Engine.Billing;

/// <summary>
/// A classic tariff: a per-minute price by destination prefix (longest prefix wins). A destination with no rate is not
/// dialled by click-to-call. [8/8] adds action prices, minimum payments and balances.
/// </summary>
/// <param name="Currency">ISO 4217 (EUR).</param>
public sealed record Tariff(string Id, string CompanyId, string Name, string Currency, IReadOnlyList<TariffRate> Rates)
{
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>One destination of a tariff.</summary>
/// <param name="Prefix">Digits of the E.164 number without '+' (49, 4915, 1212).</param>
/// <param name="Destination">Its name (Germany mobile).</param>
/// <param name="PricePerMinute">In the tariff's currency.</param>
/// <param name="FirstIncrement">Seconds billed first (60 in 60/60), then <paramref name="NextIncrement"/> each.</param>
public sealed record TariffRate(string Prefix, string Destination, decimal PricePerMinute, decimal ConnectionFee = 0m, int FirstIncrement = 60, int NextIncrement = 60);
