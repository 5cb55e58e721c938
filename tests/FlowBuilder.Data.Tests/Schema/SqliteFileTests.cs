using FlowBuilder.Data.Context;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Schema;

public sealed class SqliteFileTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Sqlite_ReopenedFile_KeepsFlowsInstancesAndJournal()
    {
        await using (var stores = await TestStores.OpenAsync(_database))
        {
            await stores.Flows.CreateAsync("default", TestFlows.Flow("welcome"), CancellationToken.None);
            await stores.Flows.PublishAsync("default", "welcome", TestFlows.Flow("welcome", trigger: TestFlows.Call("+4930100")), "go live", CancellationToken.None);
            var snapshot = TestInstances.Snapshot("i-1", status: InstanceStatus.Suspended, bookmark: TestInstances.Bookmark());
            await stores.Instances.WriteAsync(new PersistenceBatch([snapshot], [TestInstances.Journal("i-1", 1)], []), CancellationToken.None);
        }
        _database.ReleaseConnections();

        await using var reopened = await TestStores.OpenAsync(_database);

        (await reopened.Flows.GetAsync("default", "welcome", CancellationToken.None))!.PublishedVersion.ShouldBe(1);
        (await reopened.Flows.FindTriggerAsync(TriggerType.Call, "+4930100", CancellationToken.None))!.FlowId.ShouldBe("welcome");
        (await reopened.Instances.ListUnfinishedAsync(CancellationToken.None)).Single().Bookmark.ShouldBe(TestInstances.Bookmark());
        (await reopened.Instances.GetJournalAsync("i-1", CancellationToken.None)).Single().ShouldBe(TestInstances.Journal("i-1", 1));
    }

    [Fact]
    public async Task Sqlite_EveryConnection_UsesWalNormalSyncAndBusyTimeout()
    {
        await using var services = _database.BuildServices();
        await FlowBuilderDatabase.MigrateAsync(services);
        var contexts = services.GetRequiredService<IDbContextFactory<FlowBuilderDbContext>>();

        for (var open = 0; open < 2; open++)
        {
            await using var context = await contexts.CreateDbContextAsync();
            await context.Database.OpenConnectionAsync();
            (await Pragma(context, "journal_mode")).ShouldBe("wal");
            (await Pragma(context, "synchronous")).ShouldBe("1");
            (await Pragma(context, "busy_timeout")).ShouldBe("10000");
        }
    }

    private static async Task<string?> Pragma(FlowBuilderDbContext context, string name)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
