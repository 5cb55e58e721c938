namespace FlowBuilder.Server.Accounts.ApiKeys;

internal sealed record ApiKeyCreateRequest(string? Name, string? Role, DateTimeOffset? ExpiresAt);
