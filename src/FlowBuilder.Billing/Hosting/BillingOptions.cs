namespace FlowBuilder.Billing.Hosting;

/// <summary>Billing settings (<c>FlowBuilder:Billing</c>).</summary>
public sealed class BillingOptions
{
    public const string SectionName = "FlowBuilder:Billing";

    /// <summary>A folder with the TrueType fonts invoices are printed in (DejaVuSans.ttf and DejaVuSans-Bold.ttf, or
    /// LiberationSans-Regular.ttf and LiberationSans-Bold.ttf); null: the system's fonts (package fonts-dejavu-core).</summary>
    public string? FontsFolder { get; set; }
}
