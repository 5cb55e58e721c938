namespace FlowBuilder.Server.Accounts.Users;

/// <summary>Fields left out (null) keep their value.</summary>
internal sealed record UserUpdateRequest(string? Name, string? Role, bool? Disabled);
