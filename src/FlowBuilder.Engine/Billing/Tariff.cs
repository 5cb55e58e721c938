namespace FlowBuilder.Engine.Billing;

/// <summary>
/// A tariff: classic per-minute prices by destination prefix (longest prefix wins; a destination with no rate is not dialled by
/// click-to-call, and an outbound call to it is rated at zero and flagged), action prices per metric (<see cref="MetricPrices"/>),
/// and a minimum guaranteed payment per billing period (<see cref="MinimumPayment"/>).
/// </summary>
/// <param name="Currency">ISO 4217 (EUR).</param>
public sealed record Tariff(string Id, string CompanyId, string Name, string Currency, IReadOnlyList<TariffRate> Rates)
{
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Action-based prices: one per metric (<see cref="BillingMetrics"/> or a flow's own metric name).</summary>
    public IReadOnlyList<MetricPrice> MetricPrices { get; init; } = [];

    /// <summary>The least the company pays per billing period (a calendar month in its time zone); 0: none. When the period's
    /// charges are below it, the difference is charged when the period ends.</summary>
    public decimal MinimumPayment { get; init; }
}

/// <summary>One destination of a tariff.</summary>
/// <param name="Prefix">Digits of the E.164 number without '+' (49, 4915, 1212).</param>
/// <param name="Destination">Its name (Germany mobile).</param>
/// <param name="PricePerMinute">In the tariff's currency.</param>
/// <param name="FirstIncrement">Seconds billed first (60 in 60/60), then <paramref name="NextIncrement"/> each.</param>
public sealed record TariffRate(string Prefix, string Destination, decimal PricePerMinute, decimal ConnectionFee = 0m, int FirstIncrement = 60, int NextIncrement = 60);
