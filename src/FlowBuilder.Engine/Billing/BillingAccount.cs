namespace FlowBuilder.Engine.Billing;

/// <summary>
/// A company's prepaid account. Calls and campaigns may launch while <see cref="Available"/> is above zero: the balance plus
/// the credit limit. An account without a limit (<see cref="CreditLimit"/> null: the seeded company of a fresh install, or one a
/// system administrator made postpaid) is never refused; companies created by a system administrator start strictly prepaid (0).
/// </summary>
/// <param name="Currency">ISO 4217; the currency of the company's tariff.</param>
/// <param name="Balance">Sum of every ledger entry (top-ups minus charges).</param>
/// <param name="CreditLimit">How far below zero the balance may go (50 lets it reach -50); 0 for strictly prepaid; null: no limit.</param>
/// <param name="Payer">Printed on invoices instead of the company's own details; null: the company pays.</param>
public sealed record BillingAccount(string CompanyId, string Currency, decimal Balance, decimal? CreditLimit, BillingPayer? Payer)
{
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Balance plus credit limit; null when the account has no limit.</summary>
    public decimal? Available => CreditLimit is { } limit ? Balance + limit : null;

    /// <summary>Whether new calls and campaign attempts are refused.</summary>
    public bool IsExhausted => Available is <= 0m;
}
