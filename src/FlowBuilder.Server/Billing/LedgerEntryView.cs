using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Server.Billing;

/// <summary>One ledger entry as posted: <see cref="Amount"/> signed as it moved the balance (charges negative).</summary>
internal sealed record LedgerEntryView(
    string Id,
    LedgerEntryKind Kind,
    string SourceKind,
    string SourceId,
    decimal Amount,
    string Currency,
    string Item,
    decimal Quantity,
    decimal UnitPrice,
    int BilledSeconds,
    string? Prefix,
    string? Description,
    DateTimeOffset OccurredAt,
    DateTimeOffset PostedAt)
{
    public static LedgerEntryView From(LedgerEntry entry) => new(entry.Id, entry.Kind, entry.SourceKind, entry.SourceId, entry.Amount, entry.Currency,
        entry.Item, entry.Quantity, entry.UnitPrice, entry.BilledSeconds, entry.Prefix, entry.Description, entry.OccurredAt, entry.PostedAt);
}

/// <summary>A page of entries, newest first, and how many match in all.</summary>
internal sealed record LedgerPageView(int Total, IReadOnlyList<LedgerEntryView> Items);
