namespace FlowBuilder.Engine.Accounts;

/// <summary>A person who signs in to the web app. E-mail addresses are unique across the installation (stored lower-case).</summary>
/// <param name="PasswordHash">An ASP.NET Core Identity password hash (PBKDF2); never the password.</param>
/// <param name="IsSystemAdministrator">Has every permission in every company, including system settings.</param>
public sealed record UserAccount(
    string Id,
    string CompanyId,
    string Email,
    string Name,
    Role Role,
    string PasswordHash,
    bool IsSystemAdministrator = false)
{
    /// <summary>A disabled user cannot sign in, and their open sessions end.</summary>
    public bool Disabled { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }

    /// <summary>Changes whenever the password, role or disabled flag changes, so sessions issued before it end.</summary>
    public string SecurityStamp { get; init; } = Guid.NewGuid().ToString("N");
}
