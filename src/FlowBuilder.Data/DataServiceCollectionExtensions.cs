using FlowBuilder.Data.Accounts;
using FlowBuilder.Data.Billing;
using FlowBuilder.Data.CallCentre;
using FlowBuilder.Data.Campaigns;
using FlowBuilder.Data.Calls;
using FlowBuilder.Data.ClickToCall;
using FlowBuilder.Data.Companies;
using FlowBuilder.Data.Configuration;
using FlowBuilder.Data.Contacts;
using FlowBuilder.Data.Context;
using FlowBuilder.Data.Flows;
using FlowBuilder.Data.Instances;
using FlowBuilder.Data.Messaging;
using FlowBuilder.Data.Webhooks;
using FlowBuilder.Data.Notifications;
using FlowBuilder.Data.Statistics;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Stores flows and instances in SQLite (default) or PostgreSQL, per <c>FlowBuilder:Database</c>
    /// (see <see cref="DatabaseSettings"/>). Replaces the engine's in-memory <see cref="IFlowRepository"/>,
    /// <see cref="IInstanceStore"/>, <see cref="ICallRecordStore"/>, <see cref="ICallRecordingStore"/>, the call centre's stores, the campaign contacts' stores, the campaign store, and the click-to-call stores (companies, tariffs, click-to-call campaigns, callback requests), users, API keys, the billing ledger, unrated-CDR lookup and call statistics whether called before or after <c>AddFlowBuilder</c>, registers
    /// <see cref="IDbContextFactory{TContext}"/> of <see cref="FlowBuilderDbContext"/>, and migrates the database
    /// when the host starts (ahead of every other hosted service). A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddFlowBuilderData(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(DatabaseInitializer))) return services;
        var settings = DatabaseSettings.FromConfiguration(configuration);
        services.AddSingleton(settings);
        services.AddPooledDbContextFactory<FlowBuilderDbContext>(options => DbContextOptionsSetup.Configure(options, settings));
        services.AddSingleton<DatabaseInitializer>();
        services.RemoveAll<IFlowRepository>();
        services.AddSingleton<IFlowRepository>(sp => new SqlFlowRepository(sp.GetRequiredService<DatabaseInitializer>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.RemoveAll<IInstanceStore>();
        services.AddSingleton<IInstanceStore>(sp => new SqlInstanceStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICallRecordStore>();
        services.AddSingleton<ICallRecordStore>(sp => new SqlCallRecordStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICallRecordingStore>();
        services.AddSingleton<ICallRecordingStore>(sp => new SqlCallRecordingStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IExtensionStore>();
        services.AddSingleton<IExtensionStore>(sp => new SqlExtensionStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IExtensionGroupStore>();
        services.AddSingleton<IExtensionGroupStore>(sp => new SqlExtensionGroupStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICallQueueStore>();
        services.AddSingleton<ICallQueueStore>(sp => new SqlCallQueueStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICallerListStore>();
        services.AddSingleton<ICallerListStore>(sp => new SqlCallerListStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IQueueCallStore>();
        services.AddSingleton<IQueueCallStore>(sp => new SqlQueueCallStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ISmsMessageStore>();
        services.AddSingleton<ISmsMessageStore>(sp => new SqlSmsMessageStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ISmsOptOutStore>();
        services.AddSingleton<ISmsOptOutStore>(sp => new SqlSmsOptOutStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IContactStore>();
        services.AddSingleton<IContactStore>(sp => new SqlContactStore(sp.GetRequiredService<DatabaseInitializer>(), settings.Provider));
        services.RemoveAll<IInfoDatabaseStore>();
        services.AddSingleton<IInfoDatabaseStore>(sp => new SqlInfoDatabaseStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IDoNotCallList>();
        services.AddSingleton<IDoNotCallList>(sp => new SqlDoNotCallList(sp.GetRequiredService<DatabaseInitializer>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IWebhookSecretStore>(sp => new SqlWebhookSecretStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.AddSingleton<IWebhookIdempotencyStore>(sp => new SqlWebhookIdempotencyStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.AddSingleton<ISignatureReplayStore>(sp => new SqlSignatureReplayStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.AddSingleton<ICallbackTokenLedger>(sp => new SqlCallbackTokenLedger(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICampaignStore>();
        services.AddSingleton<ICampaignStore>(sp => new SqlCampaignStore(sp.GetRequiredService<DatabaseInitializer>(), sp.GetRequiredService<IContactStore>()));
        services.RemoveAll<ICompanyStore>();
        services.AddSingleton<ICompanyStore>(sp => new SqlCompanyStore(sp.GetRequiredService<DatabaseInitializer>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.RemoveAll<ITariffStore>();
        services.AddSingleton<ITariffStore>(sp => new SqlTariffStore(sp.GetRequiredService<DatabaseInitializer>(), settings.Provider));
        services.RemoveAll<IClickToCallCampaignStore>();
        services.AddSingleton<IClickToCallCampaignStore>(sp => new SqlClickToCallCampaignStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICallbackRequestStore>();
        services.AddSingleton<ICallbackRequestStore>(sp => new SqlCallbackRequestStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IUserStore>();
        services.AddSingleton<IUserStore>(sp => new SqlUserStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IApiKeyStore>();
        services.AddSingleton<IApiKeyStore>(sp => new SqlApiKeyStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<IBillingLedger>();
        services.AddSingleton<IBillingLedger>(sp => new SqlBillingLedger(sp.GetRequiredService<DatabaseInitializer>(), settings.Provider));
        services.RemoveAll<IUnratedCallRecords>();
        services.AddSingleton<IUnratedCallRecords>(sp => new SqlUnratedCallRecords(sp.GetRequiredService<DatabaseInitializer>()));
        services.RemoveAll<ICallStatistics>();
        services.AddSingleton<ICallStatistics>(sp => new SqlCallStatistics(sp.GetRequiredService<DatabaseInitializer>()));
        services.AddSingleton(sp => new NotificationStore(sp.GetRequiredService<DatabaseInitializer>()));
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrationService>());
        return services;
    }
}
