using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.ApiKeys;

/// <param name="Key">The full key, shown only in this answer.</param>
internal sealed record CreatedApiKeyView(
    string Id, string Name, Role Role, string Prefix, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, bool Active, string Key)
{
    public static CreatedApiKeyView From(ApiKeyView view, string key) =>
        new(view.Id, view.Name, view.Role, view.Prefix, view.CreatedAt, view.CreatedBy, view.ExpiresAt, view.RevokedAt, view.LastUsedAt, view.Active, key);
}
