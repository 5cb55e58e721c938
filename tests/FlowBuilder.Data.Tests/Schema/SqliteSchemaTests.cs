using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Schema;

public sealed class SqliteSchemaTests : DatabaseSchemaContract
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
