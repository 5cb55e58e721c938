using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Data.Accounts;

/// <summary>An API key: its id and the SHA-256 of its secret, never the secret.</summary>
internal sealed class ApiKeyRow
{
    public string KeyId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public Role Role { get; set; }
    public string SecretHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public bool IsSystemAdministrator { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public ApiKeyRow CopyFrom(ApiKey key)
    {
        KeyId = key.Id;
        CompanyId = key.CompanyId;
        Name = key.Name;
        Role = key.Role;
        SecretHash = key.SecretHash;
        CreatedAt = key.CreatedAt;
        CreatedBy = key.CreatedBy;
        IsSystemAdministrator = key.IsSystemAdministrator;
        ExpiresAt = key.ExpiresAt;
        RevokedAt = key.RevokedAt;
        LastUsedAt = key.LastUsedAt;
        return this;
    }

    public ApiKey ToKey() => new(KeyId, CompanyId, Name, Role, SecretHash, CreatedAt, CreatedBy, IsSystemAdministrator)
    {
        ExpiresAt = ExpiresAt,
        RevokedAt = RevokedAt,
        LastUsedAt = LastUsedAt,
    };
}
