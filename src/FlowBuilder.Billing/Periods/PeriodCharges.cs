namespace FlowBuilder.Billing.Periods;

/// <summary>What a company was charged in a billing period and what is missing to its tariff's minimum payment.</summary>
/// <param name="Charges">Calls and metrics of the period, as a positive amount (the minimum-payment top-up not included).</param>
/// <param name="MinimumPayment">The tariff's minimum per period; 0: none.</param>
/// <param name="MinimumTopUp">max(0, minimum − charges): what the period's end adds when nothing more is spent.</param>
public sealed record PeriodCharges(BillingPeriod Period, string Currency, decimal Charges, decimal MinimumPayment, decimal MinimumTopUp);
