namespace FlowBuilder.Server.Companies;

/// <summary>Until authentication exists every request acts as the company a fresh install has.</summary>
internal sealed class DefaultCompanyContext : ICompanyContext
{
    public const string DefaultCompanyId = "default";

    public string CompanyId => DefaultCompanyId;
}
