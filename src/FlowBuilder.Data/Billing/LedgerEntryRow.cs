using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Data.Billing;

/// <summary>One ledger entry; (company, source kind, source id) is unique, so posting a source twice inserts nothing. Amounts are
/// numeric(18,6); quantity and unit price numeric(28,12) (billed minutes are thirds and sixths), rounded to 12 places on write.</summary>
internal sealed class LedgerEntryRow
{
    public string EntryId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public LedgerEntryKind Kind { get; set; }
    public string SourceKind { get; set; } = "";
    public string SourceId { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public string Item { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public int BilledSeconds { get; set; }
    public string? Prefix { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset PostedAt { get; set; }

    public LedgerEntry ToEntry() => new(EntryId, CompanyId, Kind, SourceKind, SourceId, ColumnDecimal.Exact(Amount), Currency, Item,
        ColumnDecimal.Exact(Quantity), OccurredAt)
    {
        PostedAt = PostedAt,
        Description = Description,
        Prefix = Prefix,
        UnitPrice = ColumnDecimal.Exact(UnitPrice),
        BilledSeconds = BilledSeconds,
    };
}
