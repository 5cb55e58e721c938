using FlowBuilder.Data.Tests.Support;
using Xunit.Abstractions;

namespace FlowBuilder.Data.Tests.Statistics;

public sealed class InMemoryCallStatisticsTests(ITestOutputHelper output) : CallStatisticsContract(StoreKind.InMemory)
{
    protected override ITestOutputHelper Output => output;
}

public sealed class SqliteCallStatisticsTests(ITestOutputHelper output) : CallStatisticsContract(StoreKind.Sqlite)
{
    protected override ITestOutputHelper Output => output;
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresCallStatisticsTests(ITestOutputHelper output) : CallStatisticsContract(StoreKind.Postgres)
{
    protected override ITestOutputHelper Output => output;
}
