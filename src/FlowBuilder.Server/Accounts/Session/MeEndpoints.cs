using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Accounts.Session;

internal static class MeEndpoints
{
    public static async Task<Results<Ok<MeView>, ProblemHttpResult>> GetAsync(
        HttpContext http, ICompanyContext company, MeViews views, CancellationToken cancellationToken)
    {
        if (await views.ForAsync(http.User, company.CompanyId, cancellationToken) is { } me) return TypedResults.Ok(me);
        // A revoked, expired or unknown key says so here too: /api/me is where people check a key first.
        return AccessProblems.SignInRequired((await http.AuthenticateAsync()).Failure?.Message);
    }

    public static async Task<Results<Ok<MeView>, ProblemHttpResult>> UpdateAsync(
        ProfileRequest? request, HttpContext http, ICompanyContext company, IUserStore users, SessionCookies cookies, MeViews views,
        CancellationToken cancellationToken)
    {
        var user = await SignedInUserAsync(http, users, cancellationToken);
        if (user is null) return NotASession(http);
        if (string.IsNullOrWhiteSpace(request?.Name) || request.Name.Trim().Length > 200)
            return ValidationErrors.One("name", "name is missing or longer than 200 characters. Give the name others see.", "Invalid profile");
        await users.SaveAsync(user with { Name = request.Name.Trim() }, cancellationToken);
        cookies.Changed(user.Id);
        return TypedResults.Ok((await views.ForAsync(http.User, company.CompanyId, cancellationToken))!);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangePasswordAsync(
        PasswordChangeRequest? request, HttpContext http, IUserStore users, Passwords passwords, SessionCookies cookies, CancellationToken cancellationToken)
    {
        var user = await SignedInUserAsync(http, users, cancellationToken);
        if (user is null) return NotASession(http);
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(request?.CurrentPassword) || !passwords.Verify(user, request.CurrentPassword).Valid)
            errors.Add("currentPassword", "currentPassword is wrong. Give the password you signed in with.");
        if (Passwords.Problem(request?.NewPassword, "newPassword") is { } problem) errors.Add("newPassword", problem);
        if (errors.Any) return errors.ToProblem("Invalid password change");
        var changed = user with { SecurityStamp = Guid.NewGuid().ToString("N") };
        changed = changed with { PasswordHash = passwords.Hash(changed, request!.NewPassword!) };
        await users.SaveAsync(changed, cancellationToken);
        await cookies.SignInAsync(http, changed, http.User.FindFirst(CallerClaims.ActingCompany)?.Value);
        return TypedResults.NoContent();
    }

    private static async Task<UserAccount?> SignedInUserAsync(HttpContext http, IUserStore users, CancellationToken cancellationToken) =>
        CallerPrincipals.UserIdOf(http.User) is { } userId && http.User.Identity?.IsAuthenticated == true ? await users.GetAsync(userId, cancellationToken) : null;

    private static ProblemHttpResult NotASession(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
            ? ApiProblems.BadRequest("An API key has no profile or password: sign in as a user to change them.")
            : AccessProblems.SignInRequired();
}
