using System.Security.Claims;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Companies;

/// <summary>Who may pick a company's tariff through <c>PUT /api/company</c>: system administrators only (the tariff is the price list).</summary>
internal static class TariffAssignment
{
    /// <summary>
    /// True for callers with the system permission. A request without any authenticated caller is let through too: once
    /// authentication is on, such a request never reaches the endpoint (it requires billing.manage and answers 401 before);
    /// without it (a server predating accounts) every request acts as the system administrator of the default company.
    /// </summary>
    public static bool MayAssign(ClaimsPrincipal user) => user.Identity?.IsAuthenticated != true || user.Has(Permission.System);

    public static ProblemHttpResult Refused(string? currentTariffId, string requestedTariffId) =>
        ApiProblems.Create(StatusCodes.Status403Forbidden, "Not allowed",
            $"Only a system administrator assigns the tariff: your company's is {(currentTariffId is null ? "not set" : $"'{currentTariffId}'")}. "
            + "Send the current tariffId (or none) to change the rest of the profile, or ask your system administrator for tariff "
            + $"'{requestedTariffId}'.",
            ("permission", PermissionNames.Of(Permission.System)), ("tariffId", requestedTariffId));
}
