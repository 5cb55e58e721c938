namespace FlowBuilder.Data.Configuration;

/// <summary>Which database FlowBuilder stores flows and instances in (<c>FlowBuilder:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in WAL mode; the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several nodes sharing one database.</summary>
    Postgres,
}
