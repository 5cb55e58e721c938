namespace FlowBuilder.Data.Context;

/// <summary>Money columns are numeric(18,6) on PostgreSQL (read back with six decimals, 0.500000) and decimal text on SQLite.</summary>
internal static class ColumnDecimal
{
    /// <summary>The value without trailing zeros (0.500000 → 0.5), so both databases give back the number that was stored.</summary>
    public static decimal Exact(decimal value) => value / 1.000000000000000000000000000000000m;
}
