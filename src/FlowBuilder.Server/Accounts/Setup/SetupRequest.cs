namespace FlowBuilder.Server.Accounts.Setup;

internal sealed record SetupRequest(string? CompanyName, string? Name, string? Email, string? Password, string? Token);
