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

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("The database is opened with the first process.");

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

    [ContractFact]
    public async Task ClaimDue_RequestLockedByAnotherTransaction_IsSkippedWithoutWaiting_AndClaimedOnceReleased()
    {
        var none = CancellationToken.None;
        await Stores.Campaigns.AddAsync(new ClickToCallCampaign("c1", "default", "C1", "key-c1", "click-to-call", FirstLeg.Client, ["ext:101"],
            WaitingMessage.ForClient, WaitingMessage.ForCompany, new Engine.Campaigns.RetryRule(3, TimeSpan.FromMinutes(5)), null,
            Engine.Campaigns.CallingSchedule.Default, 0m, "EUR", ClickToCallStatus.Active), none);
        await Stores.Requests.AddAsync(Request("r1", dueAt: Start.AddMinutes(-1)), none);
        await Stores.Requests.AddAsync(Request("r2"), none);
        await using var connection = Database.OpenConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockRow = connection.CreateCommand())
        {
            lockRow.Transaction = transaction;
            lockRow.CommandText = "SELECT id FROM callback_requests WHERE id = 'r1' FOR UPDATE";
            (await lockRow.ExecuteScalarAsync()).ShouldBe("r1");
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        (await Stores.Requests.ClaimDueAsync(Start, 10, "node-a", Start.AddMinutes(2), timeout.Token)).Select(r => r.Id).ShouldBe(["r2"]);

        await transaction.RollbackAsync();
        (await Stores.Requests.ClaimDueAsync(Start, 10, "node-a", Start.AddMinutes(2), timeout.Token)).Select(r => r.Id).ShouldBe(["r1"]);
    }
}
