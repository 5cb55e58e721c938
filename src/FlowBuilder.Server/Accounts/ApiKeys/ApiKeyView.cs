using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;

namespace FlowBuilder.Server.Accounts.ApiKeys;

internal sealed record ApiKeyView(
    string Id, string Name, Role Role, string Prefix, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, bool Active)
{
    public static ApiKeyView From(ApiKey key, DateTimeOffset now) =>
        new(key.Id, key.Name, key.Role, ApiKeyToken.Prefix + key.Id, key.CreatedAt, key.CreatedBy, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.IsActive(now));
}
