using System.Security.Claims;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>Builds the principal of a user's session or an API key, with exactly the <see cref="CallerClaims"/>.</summary>
internal static class CallerPrincipals
{
    public const string SessionMethod = "session";
    public const string ApiKeyMethod = "apiKey";

    public static ClaimsPrincipal ForUser(UserAccount user, string? actingCompanyId = null)
    {
        var claims = new List<Claim>
        {
            new(CallerClaims.Subject, user.Id),
            new(CallerClaims.HomeCompany, user.CompanyId),
            new(CallerClaims.Role, user.Role.ToString()),
            new(CallerClaims.SystemAdministrator, user.IsSystemAdministrator ? "true" : "false"),
            new(CallerClaims.Method, SessionMethod),
            new(CallerClaims.SecurityStamp, user.SecurityStamp),
        };
        if (user.IsSystemAdministrator && actingCompanyId is not null && actingCompanyId != user.CompanyId)
            claims.Add(new Claim(CallerClaims.ActingCompany, actingCompanyId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AccountSchemes.Session, CallerClaims.Subject, CallerClaims.Role));
    }

    public static ClaimsPrincipal ForKey(ApiKey key) =>
        new(new ClaimsIdentity(
        [
            new Claim(CallerClaims.Subject, KeySubject(key.Id)),
            new Claim(CallerClaims.HomeCompany, key.CompanyId),
            new Claim(CallerClaims.Role, key.Role.ToString()),
            new Claim(CallerClaims.SystemAdministrator, key.IsSystemAdministrator ? "true" : "false"),
            new Claim(CallerClaims.Method, ApiKeyMethod),
        ], AccountSchemes.ApiKey, CallerClaims.Subject, CallerClaims.Role));

    public static string KeySubject(string keyId) => "key:" + keyId;

    public static string? SubjectOf(ClaimsPrincipal user) => user.FindFirstValue(CallerClaims.Subject);

    /// <summary>The signed-in user's id; null for API keys and anonymous callers.</summary>
    public static string? UserIdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(CallerClaims.Method) == SessionMethod ? user.FindFirstValue(CallerClaims.Subject) : null;
}
