namespace FlowBuilder.Server.Accounts.Users;

internal sealed record PasswordResetRequest(string? Password);
