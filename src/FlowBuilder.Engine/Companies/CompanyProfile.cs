namespace FlowBuilder.Engine.Companies;

/// <summary>
/// The company's own details: who it is, where its notices go and which tariff prices its calls. Until accounts arrive there is
/// one company (<c>default</c>); <see cref="ICompanyStore.GetAsync"/> returns <see cref="Default"/> for a company never saved.
/// </summary>
/// <param name="Email">Where notices (click-to-call reminders) and invoices go; null: none is sent.</param>
/// <param name="TariffId">The tariff whose rates allow and price destinations; null: no destination is allowed.</param>
/// <param name="Address">Lines printed on invoices.</param>
public sealed record CompanyProfile(string Id, string Name, string? Email, string? TariffId, string TimeZone = "UTC")
{
    public IReadOnlyList<string> Address { get; init; } = [];

    /// <summary>VAT or tax number printed on invoices.</summary>
    public string? TaxId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static CompanyProfile Default(string companyId) => new(companyId, companyId == "default" ? "My company" : companyId, null, null);
}
