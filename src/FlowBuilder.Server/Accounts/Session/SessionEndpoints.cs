using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Accounts.Session;

internal static class SessionEndpoints
{
    public const string WrongCredentials = "E-mail or password is wrong.";

    public static async Task<Results<Ok<MeView>, ProblemHttpResult>> SignInAsync(
        SignInRequest? request, HttpContext http, IUserStore users, Passwords passwords, SignInLimiter limiter, SessionCookies cookies,
        MeViews views, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request?.Email)) errors.Add("email", "email is missing. Give the e-mail address you sign in with.");
        if (string.IsNullOrEmpty(request?.Password)) errors.Add("password", "password is missing.");
        if (errors.Any) return errors.ToProblem("Invalid sign-in");
        var email = request!.Email!.Trim();
        var address = http.Connection.RemoteIpAddress?.ToString();
        if (limiter.RetryAfter(email, address) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ApiProblems.Create(StatusCodes.Status429TooManyRequests, "Too many sign-in attempts",
                $"{SignInLimiter.MaxFailures} sign-ins failed within {SignInLimiter.Window.TotalMinutes} minutes. Try again in {seconds} s, or ask an Admin to reset your password.",
                ("retryAfterSeconds", seconds));
        }

        var user = await users.FindByEmailAsync(email, cancellationToken);
        var (valid, rehashed) = user is null ? (false, null) : passwords.Verify(user, request.Password!);
        if (user is null || !valid)
        {
            limiter.Failed(email, address);
            return ApiProblems.Create(StatusCodes.Status401Unauthorized, "Sign-in failed", WrongCredentials);
        }

        if (user.Disabled)
            return ApiProblems.Create(StatusCodes.Status403Forbidden, "Account disabled", "This account is disabled: ask an Admin of your company.");
        limiter.Succeeded(email, address);
        user = user with { LastSignInAt = time.GetUtcNow(), PasswordHash = rehashed ?? user.PasswordHash };
        await users.SaveAsync(user, cancellationToken);
        var principal = await cookies.SignInAsync(http, user);
        return TypedResults.Ok((await views.ForAsync(principal, user.CompanyId, cancellationToken))!);
    }

    public static async Task<NoContent> SignOutAsync(HttpContext http, SessionCookies cookies)
    {
        await cookies.SignOutAsync(http);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MeView>, ProblemHttpResult>> ActInCompanyAsync(
        ActingCompanyRequest? request, HttpContext http, IUserStore users, ICompanyStore companies, SessionCookies cookies, MeViews views,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.CompanyId)) return ValidationErrors.One("companyId", "companyId is missing. Give the id of the company to act in.");
        var userId = CallerPrincipals.UserIdOf(http.User);
        if (userId is null)
            return ApiProblems.BadRequest($"API keys choose the company per request: send the header {CallerCompanyContext.Header}: <company id>.");
        var companyId = request!.CompanyId!.Trim();
        if (!await companies.ExistsAsync(companyId, cancellationToken)) return AccessProblems.UnknownCompany(companyId);
        var user = await users.GetAsync(userId, cancellationToken);
        if (user is null) return AccessProblems.SignInRequired();
        var principal = await cookies.SignInAsync(http, user, companyId);
        return TypedResults.Ok((await views.ForAsync(principal, companyId, cancellationToken))!);
    }
}
