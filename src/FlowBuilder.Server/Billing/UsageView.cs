using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Server.Billing;

/// <summary>What a period cost, line by line (the invoice's lines before it is issued); amounts positive, rounded to 2 decimals.</summary>
internal sealed record UsageView(string Period, DateTimeOffset Start, DateTimeOffset End, string Currency, IReadOnlyList<UsageLineView> Lines, decimal Total);

/// <param name="Quantity">Billed minutes for calls, units for metrics.</param>
internal sealed record UsageLineView(LedgerEntryKind Kind, string Item, long Count, decimal Quantity, decimal Amount);
