using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Schema;

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresSchemaTests : DatabaseSchemaContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
