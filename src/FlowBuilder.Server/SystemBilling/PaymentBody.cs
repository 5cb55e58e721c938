namespace FlowBuilder.Server.SystemBilling;

/// <summary>Body of <c>POST …/top-ups</c> (amount above 0) and <c>POST …/adjustments</c> (amount not 0, note required): the amount in
/// the account's currency (2 decimals at most), the payment's or correction's reference (unique per company) and a note.</summary>
internal sealed record PaymentBody(decimal? Amount, string? Reference, string? Note);
