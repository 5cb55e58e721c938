using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.InfoDatabases;

internal sealed record InfoDatabaseView(string Id, string Name, string KeyColumn, long RecordCount, DateTimeOffset CreatedAt)
{
    public static InfoDatabaseView From(InfoDatabase database) => new(database.Id, database.Name, database.KeyColumn, database.RecordCount, database.CreatedAt);
}
