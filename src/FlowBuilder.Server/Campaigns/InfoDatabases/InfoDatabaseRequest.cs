namespace FlowBuilder.Server.Campaigns.InfoDatabases;

internal sealed record InfoDatabaseRequest(string? Name, string? KeyColumn);
