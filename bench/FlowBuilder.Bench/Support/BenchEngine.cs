using FlowBuilder.Activities;
using FlowBuilder.Data;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Bench.Support;

/// <summary>The engine as the server builds it (DI, built-in activities), with the store a benchmark asks for.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    public const string CompanyId = "bench";

    private readonly ServiceProvider _services;

    private BenchEngine(ServiceProvider services, string? databaseFolder)
    {
        _services = services;
        DatabaseFolder = databaseFolder;
    }

    public FlowEngine Engine => _services.GetRequiredService<FlowEngine>();
    public FlowCompiler Compiler => _services.GetRequiredService<FlowCompiler>();
    public IInstanceStore Store => _services.GetRequiredService<IInstanceStore>();

    /// <summary>The temporary folder holding the SQLite database, deleted on dispose.</summary>
    public string? DatabaseFolder { get; }

    public static BenchEngine InMemory(bool journal, IInstanceStore? store = null, bool journalValues = true) => Create(journal, services =>
    {
        if (store is not null) services.AddSingleton(store);
    }, null, journalValues);

    /// <summary>The real Data layer on a fresh SQLite file in a temporary folder.</summary>
    public static async Task<BenchEngine> SqliteAsync(bool journal)
    {
        var folder = Path.Combine(Path.GetTempPath(), "flowbuilder-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Database:Provider"] = "sqlite",
            ["FlowBuilder:Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
        }).Build();
        var engine = Create(journal, services => services.AddFlowBuilderData(configuration), folder);
        await FlowBuilderDatabase.MigrateAsync(engine._services);
        return engine;
    }

    private static BenchEngine Create(bool journal, Action<IServiceCollection> stores, string? folder, bool journalValues = true)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        stores(services);
        services.AddFlowBuilder(f => f.AddBuiltInActivities());
        services.Configure<EngineOptions>(options =>
        {
            options.Journal = journal;
            options.JournalValues = journalValues;
            options.StepLimit = 10_000;
        });
        return new BenchEngine(services.BuildServiceProvider(), folder);
    }

    public ExecutablePlan Compile(FlowDefinition flow)
    {
        var result = Compiler.Compile(flow);
        return result.Plan ?? throw new InvalidOperationException($"Benchmark flow '{flow.Id}' does not compile: " + string.Join("; ", result.Report.Errors));
    }

    /// <summary>Stores and publishes the flow (as the server would), returning the published plan.</summary>
    public async Task<ExecutablePlan> PublishAsync(FlowDefinition flow)
    {
        var catalog = _services.GetRequiredService<FlowCatalog>();
        await catalog.ImportAsync(CompanyId, flow, replaceDraft: true, CancellationToken.None);
        var version = await catalog.PublishAsync(CompanyId, flow.Id, "benchmark", null, CancellationToken.None);
        return await Engine.Plans.GetAsync(CompanyId, flow.Id, version.Version, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (DatabaseFolder is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DatabaseFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
