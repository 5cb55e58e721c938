using FlowBuilder.Data.Accounts;
using FlowBuilder.Data.Billing;
using FlowBuilder.Data.CallCentre;
using FlowBuilder.Data.Campaigns;
using FlowBuilder.Data.Tests.Campaigns;
using FlowBuilder.Data.Calls;
using FlowBuilder.Data.ClickToCall;
using FlowBuilder.Data.Companies;
using FlowBuilder.Data.Context;
using FlowBuilder.Data.Flows;
using FlowBuilder.Data.Instances;
using FlowBuilder.Data.Statistics;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Data.Tests.Hosting;

public sealed class DataRegistrationTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["FlowBuilder:Database:ConnectionString"] = _database.ConnectionString })
        .Build();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddFlowBuilderData_BeforeOrAfterAddFlowBuilder_ReplacesInMemoryStores(bool dataFirst)
    {
        var services = new ServiceCollection().AddLogging();
        if (dataFirst) services.AddFlowBuilderData(Configuration()).AddFlowBuilder();
        else services.AddFlowBuilder().AddFlowBuilderData(Configuration());

        services.Count(d => d.ServiceType == typeof(IFlowRepository)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(IInstanceStore)).ShouldBe(1);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IFlowRepository>().ShouldBeOfType<SqlFlowRepository>();
        provider.GetRequiredService<IInstanceStore>().ShouldBeOfType<SqlInstanceStore>();
        provider.GetServices<IHostedService>().First().ShouldBeOfType<DatabaseMigrationService>();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddFlowBuilderData_BeforeOrAfterAddFlowBuilder_ReplacesCallCentreAndRecordingStores(bool dataFirst)
    {
        var services = new ServiceCollection().AddLogging();
        if (dataFirst) services.AddFlowBuilderData(Configuration()).AddFlowBuilder();
        else services.AddFlowBuilder().AddFlowBuilderData(Configuration());

        foreach (var port in new[] { typeof(IExtensionStore), typeof(IExtensionGroupStore), typeof(ICallQueueStore), typeof(ICallerListStore), typeof(IQueueCallStore), typeof(ICallRecordingStore) })
            services.Count(d => d.ServiceType == port).ShouldBe(1, port.Name);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IExtensionStore>().ShouldBeOfType<SqlExtensionStore>();
        provider.GetRequiredService<IExtensionGroupStore>().ShouldBeOfType<SqlExtensionGroupStore>();
        provider.GetRequiredService<ICallQueueStore>().ShouldBeOfType<SqlCallQueueStore>();
        provider.GetRequiredService<ICallerListStore>().ShouldBeOfType<SqlCallerListStore>();
        provider.GetRequiredService<IQueueCallStore>().ShouldBeOfType<SqlQueueCallStore>();
        provider.GetRequiredService<ICallRecordingStore>().ShouldBeOfType<SqlCallRecordingStore>();
    }

    [Fact]
    public async Task AddFlowBuilderData_ReplacesAnEarlierCampaignStore_WithTheSqlOne()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ICampaignStore>(_ => throw new InvalidOperationException("The earlier campaign store must be replaced."));
        services.AddSingleton<IContactStore>(new GroupContacts());
        services.AddFlowBuilderData(Configuration());

        services.Count(d => d.ServiceType == typeof(ICampaignStore)).ShouldBe(1);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ICampaignStore>().ShouldBeOfType<SqlCampaignStore>();
    }

    [Fact]
    public async Task AddFlowBuilderData_ReplacesEarlierClickToCallStores_WithTheSqlOnes()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ICompanyStore, InMemoryCompanyStore>();
        services.AddSingleton<ITariffStore, InMemoryTariffStore>();
        services.AddSingleton<IClickToCallCampaignStore, InMemoryClickToCallCampaignStore>();
        services.AddSingleton<ICallbackRequestStore>(sp => new InMemoryCallbackRequestStore(sp.GetRequiredService<IClickToCallCampaignStore>()));
        services.AddFlowBuilderData(Configuration());

        foreach (var port in new[] { typeof(ICompanyStore), typeof(ITariffStore), typeof(IClickToCallCampaignStore), typeof(ICallbackRequestStore) })
            services.Count(d => d.ServiceType == port).ShouldBe(1, port.Name);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ICompanyStore>().ShouldBeOfType<SqlCompanyStore>();
        provider.GetRequiredService<ITariffStore>().ShouldBeOfType<SqlTariffStore>();
        provider.GetRequiredService<IClickToCallCampaignStore>().ShouldBeOfType<SqlClickToCallCampaignStore>();
        provider.GetRequiredService<ICallbackRequestStore>().ShouldBeOfType<SqlCallbackRequestStore>();
    }

    [Fact]
    public async Task AddFlowBuilderData_ReplacesEarlierAccountBillingAndStatisticsStores_WithTheSqlOnes()
    {
        var services = new ServiceCollection().AddLogging();
        var records = new InMemoryCallRecordStore();
        var ledger = new InMemoryBillingLedger();
        services.AddSingleton<IUserStore, InMemoryUserStore>();
        services.AddSingleton<IApiKeyStore, InMemoryApiKeyStore>();
        services.AddSingleton<IBillingLedger>(ledger);
        services.AddSingleton<IUnratedCallRecords>(new InMemoryUnratedCallRecords(records, ledger));
        services.AddSingleton<ICallStatistics>(new InMemoryCallStatistics(records, ledger));
        services.AddFlowBuilderData(Configuration());
        services.TryAddSingleton<IBillingLedger>(ledger);

        foreach (var port in new[] { typeof(IUserStore), typeof(IApiKeyStore), typeof(IBillingLedger), typeof(IUnratedCallRecords), typeof(ICallStatistics) })
            services.Count(d => d.ServiceType == port).ShouldBe(1, port.Name);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IUserStore>().ShouldBeOfType<SqlUserStore>();
        provider.GetRequiredService<IApiKeyStore>().ShouldBeOfType<SqlApiKeyStore>();
        provider.GetRequiredService<IBillingLedger>().ShouldBeOfType<SqlBillingLedger>();
        provider.GetRequiredService<IUnratedCallRecords>().ShouldBeOfType<SqlUnratedCallRecords>();
        provider.GetRequiredService<ICallStatistics>().ShouldBeOfType<SqlCallStatistics>();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Host_StartOnFreshSqliteFile_MigratesBeforeTheEngineRecovers(bool dataFirst)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["FlowBuilder:Database:ConnectionString"] = _database.ConnectionString;
        if (dataFirst) builder.Services.AddFlowBuilderData(builder.Configuration).AddFlowBuilder();
        else builder.Services.AddFlowBuilder().AddFlowBuilderData(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        File.Exists(_database.File).ShouldBeTrue();
        (await _database.TablesAsync()).ShouldContain("instances");
    }

    [Fact]
    public async Task AddFlowBuilderData_DefaultSqliteFile_CreatesDataFolderOnFirstUse()
    {
        var root = Path.Combine(Path.GetTempPath(), "flowbuilder-data-tests", $"root-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["contentRoot"] = root }).Build();
        var file = Path.Combine(root, "data", "flowbuilder.db");
        try
        {
            await using (var services = new ServiceCollection().AddFlowBuilderData(configuration).BuildServiceProvider())
                await services.GetRequiredService<IFlowRepository>().CreateAsync("default", TestFlows.Flow("welcome"), CancellationToken.None);

            File.Exists(file).ShouldBeTrue();
        }
        finally
        {
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={file}"));
            Directory.Delete(root, recursive: true);
        }
    }
}
