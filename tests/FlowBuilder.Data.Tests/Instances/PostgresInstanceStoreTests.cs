using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Instances;

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresInstanceStoreTests : DatabaseInstanceStoreTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
