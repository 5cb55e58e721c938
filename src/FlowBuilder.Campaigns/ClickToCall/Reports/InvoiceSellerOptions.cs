namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Who issues click-to-call invoices (<c>FlowBuilder:Billing:Seller</c>): printed as the invoice's seller.</summary>
public sealed class InvoiceSellerOptions
{
    public const string SectionName = "FlowBuilder:Billing:Seller";

    /// <summary>Default "FlowBuilder".</summary>
    public string Name { get; set; } = "FlowBuilder";

    /// <summary>Address lines (<c>Address:0</c>, <c>Address:1</c>… in configuration).</summary>
    public List<string> Address { get; set; } = [];

    public string? TaxId { get; set; }

    public string? Email { get; set; }
}
