namespace FlowBuilder.Server.Billing;

/// <summary>Body of <c>PUT /api/billing/payer</c>: who pays the invoices when it is not the company (name required; e-mail, address
/// lines and tax id optional).</summary>
internal sealed record PayerBody(string? Name, string? Email, IReadOnlyList<string>? Address, string? TaxId);
