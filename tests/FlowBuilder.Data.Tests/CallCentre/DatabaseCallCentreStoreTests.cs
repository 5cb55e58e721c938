using FlowBuilder.Data.Tests.Support;

namespace FlowBuilder.Data.Tests.CallCentre;

public abstract class DatabaseCallCentreStoreTests : CallCentreStoreContract
{
    private TestDatabase? _database;
    private TestStores? _stores;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override async Task<CallCentreStores> CreateStoresAsync()
    {
        _database = await CreateDatabaseAsync();
        _stores = await TestStores.OpenAsync(_database);
        return new CallCentreStores(_stores.Extensions, _stores.Groups, _stores.Queues, _stores.CallerLists, _stores.QueueCalls);
    }

    public override async Task DisposeAsync()
    {
        if (_stores is not null) await _stores.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteCallCentreStoreTests : DatabaseCallCentreStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresCallCentreStoreTests : DatabaseCallCentreStoreTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
