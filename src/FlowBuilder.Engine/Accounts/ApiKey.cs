namespace FlowBuilder.Engine.Accounts;

/// <summary>
/// A key for integrations, scoped to one company and one role. The full key (<c>fbk_&lt;Id&gt;_&lt;secret&gt;</c>) is shown once when
/// created; only the SHA-256 of the secret is kept.
/// </summary>
/// <param name="Id">12 lower-case letters and digits, the lookup part of the key.</param>
/// <param name="SecretHash">Lower-case hex SHA-256 of the secret part.</param>
/// <param name="IsSystemAdministrator">Created by a system administrator for system automation; may act in any company.</param>
public sealed record ApiKey(
    string Id,
    string CompanyId,
    string Name,
    Role Role,
    string SecretHash,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    bool IsSystemAdministrator = false)
{
    /// <summary>The key stops working after this instant; null: never expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
