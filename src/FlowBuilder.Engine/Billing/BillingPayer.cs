namespace FlowBuilder.Engine.Billing;

/// <summary>Who pays the company's invoices, when it is not the company itself (a parent company, an agency).</summary>
public sealed record BillingPayer(string Name, string? Email, IReadOnlyList<string> Address, string? TaxId);
