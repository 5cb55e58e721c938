using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Calls;

public abstract class DatabaseCallRecordingStoreTests : CallRecordingStoreContract
{
    private TestDatabase? _database;
    private TestStores? _stores;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override async Task<ICallRecordingStore> CreateStoreAsync()
    {
        _database = await CreateDatabaseAsync();
        _stores = await TestStores.OpenAsync(_database);
        return _stores.Recordings;
    }

    public override async Task DisposeAsync()
    {
        if (_stores is not null) await _stores.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteCallRecordingStoreTests : DatabaseCallRecordingStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresCallRecordingStoreTests : DatabaseCallRecordingStoreTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
