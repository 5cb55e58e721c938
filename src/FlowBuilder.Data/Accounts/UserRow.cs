using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Data.Accounts;

/// <summary>A user; <see cref="Email"/> is stored lower-case and unique across the installation.</summary>
internal sealed class UserRow
{
    public string UserId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public Role Role { get; set; }
    public string PasswordHash { get; set; } = "";
    public bool IsSystemAdministrator { get; set; }
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    public string SecurityStamp { get; set; } = "";

    public UserRow CopyFrom(UserAccount user)
    {
        UserId = user.Id;
        CompanyId = user.CompanyId;
        Email = user.Email.ToLowerInvariant();
        Name = user.Name;
        Role = user.Role;
        PasswordHash = user.PasswordHash;
        IsSystemAdministrator = user.IsSystemAdministrator;
        Disabled = user.Disabled;
        CreatedAt = user.CreatedAt;
        LastSignInAt = user.LastSignInAt;
        SecurityStamp = user.SecurityStamp;
        return this;
    }

    public UserAccount ToUser() => new(UserId, CompanyId, Email, Name, Role, PasswordHash, IsSystemAdministrator)
    {
        Disabled = Disabled,
        CreatedAt = CreatedAt,
        LastSignInAt = LastSignInAt,
        SecurityStamp = SecurityStamp,
    };
}
