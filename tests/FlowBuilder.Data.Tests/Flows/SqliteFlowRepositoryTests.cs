using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Flows;

public sealed class SqliteFlowRepositoryTests : DatabaseFlowRepositoryTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
