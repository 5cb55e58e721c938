namespace FlowBuilder.Engine.Billing;

/// <summary>An invoice as printed: who bills whom for which period, its lines and total. Amounts are rounded to 2 decimals
/// half away from zero per line; <see cref="Total"/> is the sum of the rounded lines.</summary>
/// <param name="Number">Unique per company and period (CTC-20261101-20261201).</param>
/// <param name="PeriodEnd">Exclusive.</param>
public sealed record InvoiceDocument(
    string Number,
    DateOnly IssuedOn,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Currency,
    InvoiceParty Seller,
    InvoiceParty Buyer,
    IReadOnlyList<InvoiceLine> Lines)
{
    public decimal Total => Lines.Sum(line => line.Amount);

    /// <summary>Free text printed under the lines.</summary>
    public string? Notes { get; init; }
}

public sealed record InvoiceParty(string Name, IReadOnlyList<string> Address, string? TaxId = null, string? Email = null);

/// <summary>One line: <see cref="Quantity"/> × <see cref="UnitPrice"/> = <see cref="Amount"/> (rounded to 2 decimals).</summary>
public sealed record InvoiceLine(string Description, decimal Quantity, decimal UnitPrice)
{
    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}
