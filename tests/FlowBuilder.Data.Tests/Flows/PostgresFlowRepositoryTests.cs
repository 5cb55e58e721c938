using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Flows;

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresFlowRepositoryTests : DatabaseFlowRepositoryTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
