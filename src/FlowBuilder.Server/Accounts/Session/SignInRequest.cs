namespace FlowBuilder.Server.Accounts.Session;

internal sealed record SignInRequest(string? Email, string? Password);
