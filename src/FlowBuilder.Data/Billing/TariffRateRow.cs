using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Data.Billing;

/// <summary>One destination prefix of a tariff. Prices are numeric(18,6) on PostgreSQL and decimal text on SQLite.</summary>
internal sealed class TariffRateRow
{
    public string CompanyId { get; set; } = "";
    public string TariffId { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Destination { get; set; } = "";
    public decimal PricePerMinute { get; set; }
    public decimal ConnectionFee { get; set; }
    public int FirstIncrement { get; set; }
    public int NextIncrement { get; set; }

    /// <summary>The rate, with the trailing zeros numeric(18,6) adds taken off (0.012300 → 0.0123).</summary>
    public TariffRate ToRate() => new(Prefix, Destination, ColumnDecimal.Exact(PricePerMinute), ColumnDecimal.Exact(ConnectionFee), FirstIncrement, NextIncrement);
}
