using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.ClickToCall;

/// <summary>Runs the contract against the in-memory reference implementations, so the contract itself is checked.</summary>
public sealed class InMemoryClickToCallStoreTests : ClickToCallStoreContract
{
    private ClickToCallStores? _stores;

    protected override Task<ClickToCallStores> OpenProcessAsync()
    {
        if (_stores is null)
        {
            var campaigns = new InMemoryClickToCallCampaignStore();
            _stores = new ClickToCallStores(new InMemoryCompanyStore(), new InMemoryTariffStore(), campaigns, new InMemoryCallbackRequestStore(campaigns));
        }
        return Task.FromResult(_stores);
    }
}

public abstract class DatabaseClickToCallStoreTests : ClickToCallStoreContract
{
    private TestDatabase? _database;
    private readonly List<TestStores> _processes = [];

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>Stores with their own connection pool on the same database: another process, as far as the database can tell.</summary>
    protected override async Task<ClickToCallStores> OpenProcessAsync()
    {
        _database ??= await CreateDatabaseAsync();
        var process = await TestStores.OpenAsync(_database);
        _processes.Add(process);
        var services = process.Services;
        return new ClickToCallStores(services.GetRequiredService<ICompanyStore>(), services.GetRequiredService<ITariffStore>(),
            services.GetRequiredService<IClickToCallCampaignStore>(), services.GetRequiredService<ICallbackRequestStore>());
    }

    public override async Task DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    [ContractFact]
    public async Task Company_SeededDefaultRow_ReadsAsTheDefaultProfileWithTheRowsName()
    {
        var profile = await Stores.Companies.GetAsync("default", CancellationToken.None);

        profile.ShouldBe(CompanyProfile.Default("default") with { Name = "Default company" });
    }
}

public sealed class SqliteClickToCallStoreTests : DatabaseClickToCallStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

[RequiresEnvironment(PostgresTestDatabase.Variable)]
public sealed class PostgresClickToCallStoreTests : DatabaseClickToCallStoreTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
