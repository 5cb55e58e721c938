using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Data.Billing;

/// <summary>A company's balance and billing settings. Money is numeric(18,6) on PostgreSQL and decimal text on SQLite.</summary>
internal sealed class BillingAccountRow
{
    public string CompanyId { get; set; } = "";
    public string Currency { get; set; } = "";
    public decimal Balance { get; set; }
    public decimal? CreditLimit { get; set; }
    public string? PayerJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public BillingAccount ToAccount() => new(
        CompanyId,
        Currency,
        ColumnDecimal.Exact(Balance),
        CreditLimit is { } limit ? ColumnDecimal.Exact(limit) : null,
        PayerJson is { } payer ? ColumnJson.Read<BillingPayer>(payer) : null)
    {
        UpdatedAt = UpdatedAt,
    };
}
