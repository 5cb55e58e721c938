namespace FlowBuilder.Engine.Billing;

/// <summary>
/// One movement of a company's balance. <paramref name="Amount"/> is signed as it changes the balance: charges negative, top-ups
/// positive; charges are rounded to 4 decimal places (midpoint away from zero) before they are posted.
/// </summary>
/// <param name="SourceKind">What the entry rates: <c>call</c>, <c>metric:&lt;name&gt;</c>, <c>payment</c>, <c>adjustment</c>, <c>minimum</c>.</param>
/// <param name="SourceId">The rated thing's id (call id, metric source id, payment reference, period <c>2026-11</c>). Unique per
/// (company, source kind): posting it again is a no-op.</param>
/// <param name="Item">What the invoice line groups by: the destination (Germany mobile) or the metric (sms.sent).</param>
/// <param name="Quantity">Billed minutes (billed seconds / 60) for calls, units for metrics, 0 otherwise.</param>
public sealed record LedgerEntry(
    string Id,
    string CompanyId,
    LedgerEntryKind Kind,
    string SourceKind,
    string SourceId,
    decimal Amount,
    string Currency,
    string Item,
    decimal Quantity,
    DateTimeOffset OccurredAt)
{
    public DateTimeOffset PostedAt { get; init; }

    /// <summary>Free text: the number called, the payment note.</summary>
    public string? Description { get; init; }

    /// <summary>For calls: the matched prefix; for metrics: null.</summary>
    public string? Prefix { get; init; }

    /// <summary>The unit price applied (per minute for calls, per unit for metrics).</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>For calls: the seconds billed after increments.</summary>
    public int BilledSeconds { get; init; }
}
