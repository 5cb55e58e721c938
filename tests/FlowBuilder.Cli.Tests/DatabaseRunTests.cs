using FlowBuilder.Activities;
using FlowBuilder.Data;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Cli.Tests;

public sealed class DatabaseRunTests : IDisposable
{
    private readonly TempFolder _files = new();

    [Fact]
    public async Task Run_IdOfAPublishedFlow_LoadsItFromTheDatabaseAndRunsIt()
    {
        var database = await CreateDatabaseAsync(publish: true);

        var result = await Cli.RunAsync("run", "greeting", "--db", database, "--input", """{"name": "Bo"}""");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("flow: greeting v1 (Greeting)");
        result.Output.ShouldContain("""result: {"greeting":"Hello Bo","long":false}""");
    }

    [Fact]
    public async Task Run_IdWithAVersionThatDoesNotExist_SaysSoAndExitsTwo()
    {
        var database = await CreateDatabaseAsync(publish: true);

        var result = await Cli.RunAsync("run", "greeting", "--db", database, "--version", "7");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("flow 'greeting' has no version 7");
    }

    [Fact]
    public async Task Run_IdOfAnUnpublishedFlow_AsksForAVersionAndExitsTwo()
    {
        var database = await CreateDatabaseAsync(publish: false);

        var result = await Cli.RunAsync("run", "greeting", "--db", $"Data Source={database}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("flow 'greeting' has no published version");
    }

    [Fact]
    public async Task Run_UnknownId_SaysSoAndExitsTwo()
    {
        var database = await CreateDatabaseAsync(publish: true);

        var result = await Cli.RunAsync("run", "ghost", "--db", database);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("there is no flow 'ghost' in the database");
    }

    private async Task<string> CreateDatabaseAsync(bool publish)
    {
        var file = Path.Combine(_files.Path, "flowbuilder.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Database:ConnectionString"] = $"Data Source={file}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFlowBuilder(f => f.AddBuiltInActivities());
        services.AddFlowBuilderData(configuration);
        await using var provider = services.BuildServiceProvider();
        await FlowBuilderDatabase.MigrateAsync(provider);
        var catalog = provider.GetRequiredService<FlowCatalog>();
        await catalog.ImportAsync("default", FlowJson.Parse(TestFlows.Greeting), replaceDraft: false, CancellationToken.None);
        if (publish) await catalog.PublishAsync("default", "greeting", "test", null, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return file;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }
}
