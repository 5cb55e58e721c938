namespace FlowBuilder.Engine.Billing;

/// <summary>
/// A company's prepaid account. Calls and campaigns may launch while <see cref="Available"/> is above zero: the balance plus
/// the credit limit.
/// </summary>
/// <param name="Currency">ISO 4217; the currency of the company's tariff.</param>
/// <param name="Balance">Sum of every ledger entry (top-ups minus charges).</param>
/// <param name="CreditLimit">How far below zero the balance may go (50 lets it reach -50); 0 for strictly prepaid.</param>
/// <param name="Payer">Printed on invoices instead of the company's own details; null: the company pays.</param>
public sealed record BillingAccount(string CompanyId, string Currency, decimal Balance, decimal CreditLimit, BillingPayer? Payer)
{
    public DateTimeOffset UpdatedAt { get; init; }

    public decimal Available => Balance + CreditLimit;
}
