using System.Net;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Session;
using FlowBuilder.Server.Accounts.Users;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Accounts.Setup;

internal static class SetupEndpoints
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<Ok<SetupStatusView>> StatusAsync(HttpContext http, IUserStore users, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SetupStatusView(!await users.AnyAsync(cancellationToken), !IsLoopback(http)));

    public static async Task<Results<Created<MeView>, ProblemHttpResult>> SetUpAsync(
        SetupRequest? request, HttpContext http, IUserStore users, ICompanyStore companies, SetupToken token, Passwords passwords,
        SessionCookies cookies, MeViews views, TimeProvider time, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (await users.AnyAsync(cancellationToken)) return ApiProblems.Conflict("Set-up is done", "Set-up is done: sign in at /sign-in.");
            if (!IsLoopback(http) && !token.Matches(request?.Token))
                return ApiProblems.Create(StatusCodes.Status403Forbidden, "Set-up token required",
                    "From another machine the set-up needs the token the server printed in its log at start ('Set-up token: …'). Give it as token.");
            var errors = new ValidationErrors();
            if (string.IsNullOrWhiteSpace(request?.CompanyName)) errors.Add("companyName", "companyName is missing. Give your company's name.");
            UserRules.CheckNameEmailPassword(errors, request?.Name, request?.Email, request?.Password);
            if (errors.Any) return errors.ToProblem("Invalid set-up");
            var profile = await companies.GetAsync(DefaultCompanyContext.DefaultCompanyId, cancellationToken);
            await companies.SaveAsync(profile with { Name = request!.CompanyName!.Trim(), UpdatedAt = time.GetUtcNow() }, cancellationToken);
            var user = new UserAccount(Guid.NewGuid().ToString("N"), profile.Id, request.Email!.Trim().ToLowerInvariant(), request.Name!.Trim(), Role.Admin, "",
                IsSystemAdministrator: true) { CreatedAt = time.GetUtcNow(), LastSignInAt = time.GetUtcNow() };
            user = user with { PasswordHash = passwords.Hash(user, request.Password!) };
            await users.SaveAsync(user, cancellationToken);
            var principal = await cookies.SignInAsync(http, user);
            return TypedResults.Created("/api/me", (await views.ForAsync(principal, user.CompanyId, cancellationToken))!);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>In-process callers (no address) count as loopback.</summary>
    private static bool IsLoopback(HttpContext http) => http.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
}
