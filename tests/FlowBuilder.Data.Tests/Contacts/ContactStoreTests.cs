using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Contacts;

/// <summary>Runs the contract against the in-memory reference implementations, so the contract itself is checked.</summary>
public sealed class InMemoryContactStoreTests : ContactStoreContract
{
    protected override Task<(IContactStore Contacts, IInfoDatabaseStore Info, IDoNotCallList DoNotCall)> CreateStoresAsync()
    {
        var info = new InMemoryInfoDatabaseStore();
        return Task.FromResult<(IContactStore, IInfoDatabaseStore, IDoNotCallList)>((new InMemoryContactStore(info), info, new InMemoryDoNotCallList()));
    }
}

public abstract class DatabaseContactStoreTests : ContactStoreContract
{
    private TestDatabase? _database;
    private TestStores? _stores;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override async Task<(IContactStore Contacts, IInfoDatabaseStore Info, IDoNotCallList DoNotCall)> CreateStoresAsync()
    {
        _database = await CreateDatabaseAsync();
        _stores = await TestStores.OpenAsync(_database);
        var services = _stores.Services;
        return (services.GetRequiredService<IContactStore>(), services.GetRequiredService<IInfoDatabaseStore>(), services.GetRequiredService<IDoNotCallList>());
    }

    public override async Task DisposeAsync()
    {
        if (_stores is not null) await _stores.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteContactStoreTests : DatabaseContactStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresContactStoreTests : DatabaseContactStoreTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
