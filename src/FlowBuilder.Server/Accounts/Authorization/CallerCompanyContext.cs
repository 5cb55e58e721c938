using System.Security.Claims;
using FlowBuilder.Server.Companies;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>
/// The company of the caller: their home company, or for system administrators the one they act in (header
/// <see cref="Header"/>, else the session's acting-company claim). <see cref="PermissionMiddleware"/> checks the choice
/// exists before endpoints run; anonymous requests (health, the operator page's sign-in) act in the seeded company.
/// </summary>
internal sealed class CallerCompanyContext(IHttpContextAccessor accessor) : ICompanyContext
{
    public const string Header = "X-FlowBuilder-Company";
    public const string DefaultCompanyId = DefaultCompanyContext.DefaultCompanyId;
    private const string ResolvedKey = "fb:company";

    public string CompanyId => accessor.HttpContext is { } http ? Of(http) : DefaultCompanyId;

    public static string Of(HttpContext http)
    {
        if (http.Items.TryGetValue(ResolvedKey, out var resolved) && resolved is string id) return id;
        return Requested(http) ?? HomeOf(http.User) ?? DefaultCompanyId;
    }

    /// <summary>Fixes the company for the rest of the request (after it was checked).</summary>
    public static void Resolve(HttpContext http, string companyId) => http.Items[ResolvedKey] = companyId;

    /// <summary>The company a system administrator asks for (header, then session claim); null: none asked for.</summary>
    public static string? Requested(HttpContext http)
    {
        if (!http.User.IsSystemAdministrator()) return null;
        var header = http.Request.Headers[Header].ToString().Trim();
        if (header.Length > 0) return header;
        return http.User.FindFirstValue(CallerClaims.ActingCompany);
    }

    public static string? HomeOf(ClaimsPrincipal user) => user.FindFirstValue(CallerClaims.HomeCompany);
}
