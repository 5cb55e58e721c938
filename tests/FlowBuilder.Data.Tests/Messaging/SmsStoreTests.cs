using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Messaging;

/// <summary>Runs the contract against the reference implementations, so the contract itself is checked.</summary>
public sealed class InMemorySmsStoreTests : SmsStoreContract
{
    protected override Task<(ISmsMessageStore Messages, ISmsOptOutStore OptOuts)> CreateStoresAsync() =>
        Task.FromResult<(ISmsMessageStore, ISmsOptOutStore)>((new InMemorySmsMessageStore(), new InMemorySmsOptOutStore()));
}

public abstract class DatabaseSmsStoreTests : SmsStoreContract
{
    private TestDatabase? _database;
    private TestStores? _stores;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override async Task<(ISmsMessageStore Messages, ISmsOptOutStore OptOuts)> CreateStoresAsync()
    {
        _database = await CreateDatabaseAsync();
        _stores = await TestStores.OpenAsync(_database);
        return (_stores.Services.GetRequiredService<ISmsMessageStore>(), _stores.Services.GetRequiredService<ISmsOptOutStore>());
    }

    public override async Task DisposeAsync()
    {
        if (_stores is not null) await _stores.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteSmsStoreTests : DatabaseSmsStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresSmsStoreTests : DatabaseSmsStoreTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
