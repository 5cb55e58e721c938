using FlowBuilder.Billing.Invoices;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Statistics;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Server.Tests.Statistics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Tests.Billing;

/// <summary>
/// The server with its SQL stores on a clock the test moves, for the billing, statistics and system-billing API. Where the
/// product has no implementation yet (the ledger, statistics and period invoices arrive from other branches), test stand-ins
/// fill in; the product's own registrations win once they exist. Tariffs are kept in memory until the SQL tariff store keeps
/// metric prices. Clients are the default company's system administrator; tests that need a company role create a company
/// with its users and keys through <see cref="Accounts.AccountsFixture"/>.
/// </summary>
public class BillingApiFactory : ClockedApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:ClickToCall:Enabled"] = "false",
        ["FlowBuilder:ClickToCall:ReminderPollSeconds"] = "3600",
    };

    public IBillingLedger Ledger => Services.GetRequiredService<IBillingLedger>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.TryAddSingleton<IBillingLedger, InMemoryBillingLedger>();
            services.TryAddSingleton<ICallStatistics, RecordStoreCallStatistics>();
            services.TryAddSingleton<IPeriodInvoices, StandInPeriodInvoices>();
            services.RemoveAll<ITariffStore>();
            services.AddSingleton<ITariffStore, InMemoryTariffStore>();
        });
    }
}
