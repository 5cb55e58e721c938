namespace FlowBuilder.Server.Companies;

/// <summary>The company the current request acts for. Resolved per request; authentication will
/// replace the default implementation.</summary>
public interface ICompanyContext
{
    string CompanyId { get; }
}
