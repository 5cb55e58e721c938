using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Support;

/// <summary>The account, billing and statistics stores of one process.</summary>
public sealed record AccountStores(
    IUserStore Users,
    IApiKeyStore ApiKeys,
    IBillingLedger Ledger,
    ITariffStore Tariffs,
    ICallRecordStore CallRecords,
    IUnratedCallRecords Unrated,
    ICallStatistics Statistics)
{
    /// <summary>The in-memory reference implementations, sharing one CDR store and one ledger.</summary>
    public static AccountStores InMemory()
    {
        var records = new InMemoryCallRecordStore();
        var ledger = new InMemoryBillingLedger();
        return new(new InMemoryUserStore(), new InMemoryApiKeyStore(), ledger, new InMemoryTariffStore(), records,
            new InMemoryUnratedCallRecords(records, ledger), new InMemoryCallStatistics(records, ledger));
    }

    public static AccountStores Of(IServiceProvider services) => new(
        services.GetRequiredService<IUserStore>(),
        services.GetRequiredService<IApiKeyStore>(),
        services.GetRequiredService<IBillingLedger>(),
        services.GetRequiredService<ITariffStore>(),
        services.GetRequiredService<ICallRecordStore>(),
        services.GetRequiredService<IUnratedCallRecords>(),
        services.GetRequiredService<ICallStatistics>());
}
