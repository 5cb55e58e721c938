namespace FlowBuilder.Server.Billing;

/// <summary>A company's account as the personal-account page shows it. Money in the account's currency; <see cref="CreditLimit"/> and
/// <see cref="Available"/> null: no limit.</summary>
internal sealed record BillingAccountView(
    string Currency,
    decimal Balance,
    decimal? CreditLimit,
    decimal? Available,
    bool Blocked,
    string? BlockedReason,
    TariffReferenceView? Tariff,
    decimal MinimumPayment,
    PayerView? Payer,
    BillingPeriodView Period);

internal sealed record TariffReferenceView(string Id, string Name);

internal sealed record PayerView(string Name, string? Email, IReadOnlyList<string> Address, string? TaxId);

/// <summary>The current billing period: its charges so far (positive) and what is still missing to the tariff's minimum payment.</summary>
internal sealed record BillingPeriodView(string Name, DateTimeOffset Start, DateTimeOffset End, decimal Charges, decimal MinimumTopUp);
