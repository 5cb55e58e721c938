namespace FlowBuilder.Server.Accounts.Session;

internal sealed record MeCompanyView(string Id, string Name);
