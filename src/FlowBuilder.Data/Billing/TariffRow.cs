namespace FlowBuilder.Data.Billing;

/// <summary>A tariff's header; its rates are <see cref="TariffRateRow"/>s.</summary>
internal sealed class TariffRow
{
    public string CompanyId { get; set; } = "";
    public string TariffId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Currency { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The tariff's <see cref="Engine.Billing.MetricPrice"/>s as a JSON array.</summary>
    public string MetricPricesJson { get; set; } = "[]";

    public decimal MinimumPayment { get; set; }
}
