using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Server.Tests.CallCentre;

/// <summary>Acts as the company named in the <c>X-Test-Company</c> header, else the default one: lets a test be two companies.</summary>
public sealed class HeaderCompanyContext(IHttpContextAccessor http) : ICompanyContext
{
    public const string Header = "X-Test-Company";

    public string CompanyId => http.HttpContext?.Request.Headers[Header].FirstOrDefault() ?? DefaultCompanyContext.DefaultCompanyId;
}
