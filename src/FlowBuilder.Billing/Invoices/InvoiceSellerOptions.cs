using Microsoft.Extensions.Configuration;

namespace FlowBuilder.Billing.Invoices;

/// <summary>Who issues invoices (<c>FlowBuilder:Billing:Seller</c>): printed as the seller of period and click-to-call invoices.</summary>
public sealed class InvoiceSellerOptions
{
    public const string SectionName = "FlowBuilder:Billing:Seller";

    /// <summary>Default "FlowBuilder".</summary>
    public string Name { get; set; } = "FlowBuilder";

    /// <summary>Address lines (<c>Address:0</c>, <c>Address:1</c>… in configuration).</summary>
    public List<string> Address { get; set; } = [];

    public string? TaxId { get; set; }

    public string? Email { get; set; }

    /// <summary>Sets the options from <paramref name="section"/> (<see cref="SectionName"/>); absent keys keep their value.</summary>
    public void ReadFrom(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        Name = section[nameof(Name)] ?? Name;
        var address = section.GetSection(nameof(Address)).GetChildren().Select(line => line.Value).OfType<string>().ToList();
        if (address.Count > 0) Address = address;
        TaxId = section[nameof(TaxId)] ?? TaxId;
        Email = section[nameof(Email)] ?? Email;
    }
}
