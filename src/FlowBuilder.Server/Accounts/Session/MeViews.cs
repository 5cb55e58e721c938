using System.Security.Claims;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Accounts.Session;

/// <summary>Builds <see cref="MeView"/> of a principal (the request's, or one just issued).</summary>
internal sealed class MeViews(IUserStore users, IApiKeyStore keys, ICompanyStore companies)
{
    public async Task<MeView?> ForAsync(ClaimsPrincipal principal, string companyId, CancellationToken cancellationToken)
    {
        var subject = CallerPrincipals.SubjectOf(principal);
        if (subject is null || principal.Identity?.IsAuthenticated != true) return null;
        var isSystem = principal.IsSystemAdministrator();
        var role = CallerClaims.RoleOf(principal) ?? Role.Viewer;
        MeUserView user;
        string method;
        if (CallerPrincipals.UserIdOf(principal) is { } userId)
        {
            var account = await users.GetAsync(userId, cancellationToken);
            if (account is null) return null;
            user = new MeUserView(account.Id, account.Email, account.Name, account.Role, account.IsSystemAdministrator);
            method = CallerPrincipals.SessionMethod;
        }
        else
        {
            var keyId = subject.StartsWith("key:", StringComparison.Ordinal) ? subject[4..] : subject;
            var key = await keys.GetAsync(keyId, cancellationToken);
            user = new MeUserView(subject, null, key?.Name ?? keyId, role, isSystem);
            method = CallerPrincipals.ApiKeyMethod;
        }

        var company = await companies.GetAsync(companyId, cancellationToken);
        var permissions = RolePermissions.Of(role, isSystem).Order().Select(PermissionNames.Of).ToList();
        return new MeView(user, new MeCompanyView(company.Id, company.Name), CallerCompanyContext.HomeOf(principal) ?? companyId, method, permissions);
    }
}
