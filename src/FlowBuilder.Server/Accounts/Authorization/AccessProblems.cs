using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>The 401 and 403 answers of the API.</summary>
internal static class AccessProblems
{
    public static ProblemHttpResult SignInRequired(string? why = null) =>
        ApiProblems.Create(StatusCodes.Status401Unauthorized, "Sign in required",
            why ?? "Sign in at /sign-in, or send an API key as 'Authorization: Bearer fbk_…'.");

    public static ProblemHttpResult NotAllowed(Role? role, Permission permission)
    {
        var name = PermissionNames.Of(permission);
        var detail = permission == Permission.System
            ? $"Your role {role?.ToString() ?? "(none)"} cannot do this: it needs {name}, which only system administrators have."
            : $"Your role {role?.ToString() ?? "(none)"} cannot do this: it needs {name}. Ask an Admin of your company.";
        return ApiProblems.Create(StatusCodes.Status403Forbidden, "Not allowed", detail, ("permission", name));
    }

    /// <summary>Fail closed: an API endpoint that declares neither a permission nor AllowAnonymous serves nobody.</summary>
    public static ProblemHttpResult Undeclared(string route) =>
        ApiProblems.Create(StatusCodes.Status403Forbidden, "Not allowed",
            $"The endpoint {route} declares no permission, so nobody may call it. Its developer adds .RequirePermission(Permission.…) or .AllowAnonymous().",
            ("route", route));

    public static ProblemHttpResult CompanyHeaderNotAllowed() =>
        ApiProblems.Create(StatusCodes.Status403Forbidden, "Not allowed",
            $"Only system administrators choose the company with {CallerCompanyContext.Header}: remove the header to act in your own company.");

    public static ProblemHttpResult UnknownCompany(string companyId) =>
        ApiProblems.NotFound("Company not found", $"Company '{companyId}' does not exist. GET /api/system/companies lists the companies.",
            ("companyId", companyId));
}
