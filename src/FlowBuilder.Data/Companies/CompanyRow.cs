namespace FlowBuilder.Data.Companies;

/// <summary>A tenant. Every other table carries <c>company_id</c>; a fresh install has company "default".</summary>
internal sealed class CompanyRow
{
    public const string DefaultId = "default";

    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
