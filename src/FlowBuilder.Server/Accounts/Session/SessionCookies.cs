using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace FlowBuilder.Server.Accounts.Session;

/// <summary>Issues and clears the session cookie; forgets the cached user so changes made here apply at once.</summary>
internal sealed class SessionCookies(SessionValidator validator)
{
    public async Task<System.Security.Claims.ClaimsPrincipal> SignInAsync(HttpContext http, UserAccount user, string? actingCompanyId = null)
    {
        validator.Forget(user.Id);
        var principal = CallerPrincipals.ForUser(user, actingCompanyId);
        await http.SignInAsync(AccountSchemes.Session, principal, new AuthenticationProperties { IsPersistent = false });
        return principal;
    }

    public Task SignOutAsync(HttpContext http) => http.SignOutAsync(AccountSchemes.Session);

    /// <summary>Call after saving a user so their sessions on this node are re-checked on the next request.</summary>
    public void Changed(string userId) => validator.Forget(userId);
}
