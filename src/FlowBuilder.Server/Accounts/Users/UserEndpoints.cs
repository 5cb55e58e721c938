using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Session;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Accounts.Users;

internal static class UserEndpoints
{
    public static async Task<Ok<IReadOnlyList<UserView>>> ListAsync(IUserStore users, ICompanyContext company, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<UserView>>((await users.ListAsync(company.CompanyId, cancellationToken)).Select(UserView.From).ToList());

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetAsync(string id, IUserStore users, ICompanyContext company, CancellationToken cancellationToken) =>
        await FindAsync(users, company.CompanyId, id, cancellationToken) is { } user ? TypedResults.Ok(UserView.From(user)) : NotFound(id);

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> CreateAsync(
        UserCreateRequest? request, IUserStore users, ICompanyContext company, Passwords passwords, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        UserRules.CheckNameEmailPassword(errors, request?.Name, request?.Email, request?.Password);
        var role = UserRules.ParseRole(request?.Role);
        if (role is null) errors.Add("role", UserRules.RoleProblem(request?.Role));
        if (errors.Any) return errors.ToProblem("Invalid user");
        var user = new UserAccount(Guid.NewGuid().ToString("N"), company.CompanyId, request!.Email!.Trim().ToLowerInvariant(), request.Name!.Trim(), role!.Value, "")
        {
            CreatedAt = time.GetUtcNow(),
        };
        user = user with { PasswordHash = passwords.Hash(user, request.Password!) };
        try
        {
            await users.SaveAsync(user, cancellationToken);
        }
        catch (DuplicateEmailException duplicate)
        {
            return ValidationErrors.One("email", $"A user with e-mail {duplicate.Email} already exists. E-mail addresses are unique: use another one.", "Invalid user");
        }

        return TypedResults.Created($"/api/users/{user.Id}", UserView.From(user));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> UpdateAsync(
        string id, UserUpdateRequest? request, HttpContext http, IUserStore users, ICompanyContext company, SessionCookies cookies,
        CancellationToken cancellationToken)
    {
        var user = await FindAsync(users, company.CompanyId, id, cancellationToken);
        if (user is null) return NotFound(id);
        var errors = new ValidationErrors();
        if (request?.Name is { } name && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > UserRules.MaxNameLength))
            errors.Add("name", $"name is empty or longer than {UserRules.MaxNameLength} characters. Give the person's name.");
        Role? role = request?.Role is null ? user.Role : UserRules.ParseRole(request.Role);
        if (role is null) errors.Add("role", UserRules.RoleProblem(request?.Role));
        if (errors.Any) return errors.ToProblem("Invalid user");
        var changed = user with { Name = request?.Name?.Trim() ?? user.Name, Role = role!.Value, Disabled = request?.Disabled ?? user.Disabled };
        if (changed.Disabled && !user.Disabled && IsCaller(http, user)) return Self(user, "disable");
        if (await LastAdminProblemAsync(users, user, changed, cancellationToken) is { } lastAdmin) return lastAdmin;
        if (changed.Role != user.Role || changed.Disabled != user.Disabled) changed = changed with { SecurityStamp = Guid.NewGuid().ToString("N") };
        await users.SaveAsync(changed, cancellationToken);
        cookies.Changed(user.Id);
        return TypedResults.Ok(UserView.From(changed));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ResetPasswordAsync(
        string id, PasswordResetRequest? request, IUserStore users, ICompanyContext company, Passwords passwords, SessionCookies cookies,
        CancellationToken cancellationToken)
    {
        var user = await FindAsync(users, company.CompanyId, id, cancellationToken);
        if (user is null) return NotFound(id);
        if (Passwords.Problem(request?.Password, "password") is { } problem) return ValidationErrors.One("password", problem, "Invalid password");
        var changed = user with { SecurityStamp = Guid.NewGuid().ToString("N") };
        await users.SaveAsync(changed with { PasswordHash = passwords.Hash(changed, request!.Password!) }, cancellationToken);
        cookies.Changed(user.Id);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, HttpContext http, IUserStore users, ICompanyContext company, SessionCookies cookies, CancellationToken cancellationToken)
    {
        var user = await FindAsync(users, company.CompanyId, id, cancellationToken);
        if (user is null) return NotFound(id);
        if (IsCaller(http, user)) return Self(user, "delete");
        if (await LastAdminProblemAsync(users, user, null, cancellationToken) is { } lastAdmin) return lastAdmin;
        await users.DeleteAsync(company.CompanyId, id, cancellationToken);
        cookies.Changed(user.Id);
        return TypedResults.NoContent();
    }

    /// <summary>409 when <paramref name="before"/> is the company's only enabled Admin and <paramref name="after"/> (null: deleted) is not.</summary>
    private static async Task<ProblemHttpResult?> LastAdminProblemAsync(IUserStore users, UserAccount before, UserAccount? after, CancellationToken cancellationToken)
    {
        if (!UserRules.IsEnabledAdmin(before) || (after is not null && UserRules.IsEnabledAdmin(after))) return null;
        var others = (await users.ListAsync(before.CompanyId, cancellationToken)).Count(u => u.Id != before.Id && UserRules.IsEnabledAdmin(u));
        return others > 0 ? null : ApiProblems.Conflict("Last Admin",
            $"{before.Email} is the company's last Admin: make another user Admin first.", ("userId", before.Id));
    }

    private static async Task<UserAccount?> FindAsync(IUserStore users, string companyId, string id, CancellationToken cancellationToken) =>
        await users.GetAsync(id, cancellationToken) is { } user && user.CompanyId == companyId ? user : null;

    private static bool IsCaller(HttpContext http, UserAccount user) => CallerPrincipals.UserIdOf(http.User) == user.Id;

    private static ProblemHttpResult Self(UserAccount user, string what) =>
        ApiProblems.Conflict("Not on yourself", $"You cannot {what} yourself ({user.Email}): ask another Admin.", ("userId", user.Id));

    private static ProblemHttpResult NotFound(string id) =>
        ApiProblems.NotFound("User not found", $"No user '{id}' in this company. GET /api/users lists them.", ("userId", id));
}
