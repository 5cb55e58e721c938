namespace FlowBuilder.Server.Accounts.Session;

internal sealed record ProfileRequest(string? Name);
