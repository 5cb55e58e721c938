using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Tests.Instances;

public abstract class DatabaseInstanceStoreTests : InstanceStoreContract
{
    private TestDatabase? _database;
    private TestStores? _stores;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override async Task<IInstanceStore> CreateStoreAsync()
    {
        _database = await CreateDatabaseAsync();
        _stores = await TestStores.OpenAsync(_database);
        return _stores.Instances;
    }

    public override async Task DisposeAsync()
    {
        if (_stores is not null) await _stores.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
