using FlowBuilder.Data;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Cli.Run;

/// <summary>Flows stored in a FlowBuilder database, read through the Data layer's <see cref="IFlowRepository"/>.</summary>
internal sealed class DatabaseFlows : IAsyncDisposable
{
    public const string DefaultDatabase = "data/flowbuilder.db";

    private readonly ServiceProvider _services;

    private DatabaseFlows(ServiceProvider services, IFlowRepository repository)
    {
        _services = services;
        Repository = repository;
    }

    public IFlowRepository Repository { get; }

    /// <summary>Opens the database; null with a message when there is none to read.</summary>
    /// <param name="database">A SQLite file path or an ADO.NET connection string (<c>Data Source=…</c>, or PostgreSQL's <c>Host=…</c>).</param>
    public static DatabaseFlows? Open(string? database, out string? error)
    {
        error = null;
        var text = string.IsNullOrWhiteSpace(database) ? DefaultDatabase : database.Trim();
        var isConnectionString = text.Contains('=');
        var postgres = isConnectionString && text.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        var connectionString = isConnectionString ? text : $"Data Source={text}";
        var file = isConnectionString ? SqliteFile(text) : text;
        if (!postgres && file is not null && !File.Exists(file))
        {
            error = $"there is no FlowBuilder database at {Path.GetFullPath(file)}. Start the server once (`flowbuilder serve`) to create it, or pass --db PATH|CONNECTIONSTRING.";
            return null;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Database:Provider"] = postgres ? "postgres" : "sqlite",
            ["FlowBuilder:Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddFlowBuilder();
        services.AddFlowBuilderData(configuration);
        var provider = services.BuildServiceProvider();
        var repository = provider.GetRequiredService<IFlowRepository>();
        if (repository is InMemoryFlowRepository)
        {
            provider.Dispose();
            error = "this build of FlowBuilder has no database support (FlowBuilder.Data registers no flow store); run the flow from its file instead.";
            return null;
        }
        return new DatabaseFlows(provider, repository);
    }

    /// <summary>The stored definition of a version: <paramref name="version"/>, or the published one.</summary>
    public async Task<(FlowDefinition? Definition, string? Error)> LoadAsync(string companyId, string flowId, int? version, CancellationToken cancellationToken)
    {
        var flow = await Repository.GetAsync(companyId, flowId, cancellationToken);
        if (flow is null) return (null, $"there is no flow '{flowId}' in the database. List flows with GET /api/flows, or run a flow file.");
        var number = version ?? flow.PublishedVersion;
        if (number is null)
            return (null, $"flow '{flowId}' has no published version (latest is {(flow.LatestVersion is { } latest ? $"v{latest}" : "none")}). Publish it, or pass --version N.");
        var stored = await Repository.GetVersionAsync(companyId, flowId, number.Value, cancellationToken);
        return stored is null
            ? (null, $"flow '{flowId}' has no version {number}.")
            : (stored.Definition with { Version = stored.Version }, null);
    }

    private static string? SqliteFile(string connectionString)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && (pair[0].Equals("Data Source", StringComparison.OrdinalIgnoreCase) || pair[0].Equals("DataSource", StringComparison.OrdinalIgnoreCase) || pair[0].Equals("Filename", StringComparison.OrdinalIgnoreCase)))
                return pair[1] is ":memory:" || pair[1].StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? null : pair[1];
        }
        return null;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
