namespace FlowBuilder.Server.Accounts.Session;

internal sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
