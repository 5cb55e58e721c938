using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Server.Billing;

/// <summary>What a period cost: the charges (calls, metrics, minimum payments) of its ledger summary, as positive money.</summary>
internal static class ChargeLines
{
    public static bool IsCharge(LedgerEntryKind kind) => kind is LedgerEntryKind.Call or LedgerEntryKind.Metric or LedgerEntryKind.MinimumPayment;

    /// <summary>A summary line's charge, positive, rounded to 2 decimals (as the invoice line).</summary>
    public static decimal Of(LedgerSummaryLine line) => Money.Round(-line.Amount);

    /// <summary>The sum of the rounded charge lines: what the period's invoice totals.</summary>
    public static decimal Total(IEnumerable<LedgerSummaryLine> lines) => lines.Where(l => IsCharge(l.Kind)).Sum(Of);

    /// <summary>What is missing to <paramref name="minimumPayment"/> after <paramref name="charges"/>; 0 once reached.</summary>
    public static decimal MissingToMinimum(decimal minimumPayment, decimal charges) => Math.Max(0m, Money.Round(minimumPayment - charges));
}
