namespace FlowBuilder.Server.Accounts.Users;

internal sealed record UserCreateRequest(string? Email, string? Name, string? Role, string? Password);
