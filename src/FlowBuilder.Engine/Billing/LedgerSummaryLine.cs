namespace FlowBuilder.Engine.Billing;

/// <summary>Entries of one kind and item summed over a period (an invoice line).</summary>
/// <param name="Amount">Signed sum as posted (charges negative).</param>
public sealed record LedgerSummaryLine(LedgerEntryKind Kind, string Item, long Count, decimal Quantity, decimal Amount);
