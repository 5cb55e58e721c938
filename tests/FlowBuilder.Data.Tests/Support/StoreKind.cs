namespace FlowBuilder.Data.Tests.Support;

/// <summary>Which implementation a contract test class runs against.</summary>
public enum StoreKind
{
    InMemory,
    Sqlite,
    Postgres,
}
