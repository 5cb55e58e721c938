using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.Instances;

public sealed class SqliteInstanceStoreTests : DatabaseInstanceStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
