using FlowBuilder.Engine.Companies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>
/// Runs after routing and authentication: lets endpoints with <see cref="RequiredPermission"/> through only for callers whose
/// role grants it (401 without credentials, 403 naming the permission), and resolves the company the caller acts in.
/// </summary>
internal sealed class PermissionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, ICompanyStore companies)
    {
        var endpoint = http.GetEndpoint();
        var required = endpoint?.Metadata.GetMetadata<RequiredPermission>();
        var anonymous = endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        if (endpoint is RouteEndpoint route && EndpointPermissionCheck.IsUndeclared(route))
        {
            await AccessProblems.Undeclared(route.RoutePattern.RawText ?? route.DisplayName ?? "?").ExecuteAsync(http);
            return;
        }

        if (required is not null && !anonymous)
        {
            if (!signedIn)
            {
                var failure = (await http.AuthenticateAsync()).Failure;
                await AccessProblems.SignInRequired(failure?.Message).ExecuteAsync(http);
                return;
            }

            if (!http.User.Has(required.Permission))
            {
                await AccessProblems.NotAllowed(CallerClaims.RoleOf(http.User), required.Permission).ExecuteAsync(http);
                return;
            }
        }

        if (signedIn && endpoint is not null)
        {
            if (!http.User.IsSystemAdministrator() && http.Request.Headers.ContainsKey(CallerCompanyContext.Header))
            {
                await AccessProblems.CompanyHeaderNotAllowed().ExecuteAsync(http);
                return;
            }

            var requested = CallerCompanyContext.Requested(http);
            if (requested is not null && !await companies.ExistsAsync(requested, http.RequestAborted))
            {
                if (http.Request.Headers.ContainsKey(CallerCompanyContext.Header))
                {
                    await AccessProblems.UnknownCompany(requested).ExecuteAsync(http);
                    return;
                }

                requested = null;
            }

            CallerCompanyContext.Resolve(http, requested ?? CallerCompanyContext.HomeOf(http.User) ?? CallerCompanyContext.DefaultCompanyId);
        }

        await next(http);
    }
}
