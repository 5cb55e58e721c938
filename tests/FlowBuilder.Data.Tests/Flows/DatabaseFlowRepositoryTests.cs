using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Tests.Flows;

/// <summary>The contract on a real database; each extra writer is its own service provider (own pool), like another process.</summary>
public abstract class DatabaseFlowRepositoryTests : FlowRepositoryContract
{
    private readonly List<TestStores> _stores = [];
    private TestDatabase? _database;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override async Task<IFlowRepository> CreateRepositoryAsync()
    {
        _database = await CreateDatabaseAsync();
        return await OpenAnotherWriterAsync();
    }

    protected override async Task<IFlowRepository> OpenAnotherWriterAsync()
    {
        var stores = await TestStores.OpenAsync(_database!);
        _stores.Add(stores);
        return stores.Flows;
    }

    public override async Task DisposeAsync()
    {
        foreach (var stores in _stores) await stores.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
