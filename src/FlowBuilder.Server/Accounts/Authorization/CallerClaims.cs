using System.Security.Claims;
using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>
/// The claims a signed-in caller (session cookie or API key) carries, and what they allow. Every authentication path issues
/// exactly these; endpoints ask <see cref="Has"/> for checks finer than their <see cref="RequiredPermission"/>.
/// </summary>
internal static class CallerClaims
{
    /// <summary>The user's id, or <c>key:&lt;id&gt;</c> for an API key.</summary>
    public const string Subject = "fb:sub";

    /// <summary>The company the user or key belongs to.</summary>
    public const string HomeCompany = "fb:company";

    /// <summary>The company a system administrator chose to act in (session cookie only); absent: the home company.</summary>
    public const string ActingCompany = "fb:acting-company";

    /// <summary>The <see cref="Role"/> name (Viewer, Operator, Manager, Admin).</summary>
    public const string Role = "fb:role";

    /// <summary>"true" for system administrators.</summary>
    public const string SystemAdministrator = "fb:sysadmin";

    /// <summary>"session" or "apiKey".</summary>
    public const string Method = "fb:auth";

    /// <summary>The user's security stamp when the session was issued.</summary>
    public const string SecurityStamp = "fb:stamp";

    public static bool IsSystemAdministrator(this ClaimsPrincipal user) =>
        string.Equals(user.FindFirstValue(SystemAdministrator), "true", StringComparison.Ordinal);

    public static Role? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(Role), ignoreCase: false, out var role) ? role : null;

    /// <summary>Whether the authenticated caller's role (or system administration) grants <paramref name="permission"/>.</summary>
    public static bool Has(this ClaimsPrincipal user, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsSystemAdministrator()) return true;
        return RoleOf(user) is { } role && RolePermissions.Allows(role, false, permission);
    }
}
