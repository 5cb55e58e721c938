using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Metering;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Billing.Spending;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Tests.Hosting;

public sealed class BillingRegistrationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["FlowBuilder:Billing:Seller:Name"] = "Carrier AG",
        ["FlowBuilder:Billing:Seller:Address:0"] = "Ring 5",
        ["FlowBuilder:Billing:Seller:Address:1"] = "1010 Wien",
        ["FlowBuilder:Billing:Seller:TaxId"] = "ATU1",
    }).Build();

    [Fact]
    public void AddFlowBuilderBilling_RegistersRatingMeterGuardInvoicesAndTheHostedServices()
    {
        using var provider = new ServiceCollection().AddFlowBuilderBilling(Configuration()).BuildServiceProvider();

        provider.GetRequiredService<ICallRating>().ShouldBeOfType<CallRating>();
        provider.GetRequiredService<IMeter>().ShouldBeOfType<Meter>();
        provider.GetRequiredService<ISpendingGuard>().ShouldBeSameAs(provider.GetRequiredService<SpendingGuard>());
        provider.GetRequiredService<IPeriodInvoices>().ShouldBeOfType<PeriodInvoices>();
        provider.GetRequiredService<MinimumPayments>().ShouldNotBeNull();
        provider.GetRequiredService<IBillingLedger>().ShouldBeOfType<SpendingGuardLedger>().Inner.ShouldBeOfType<InMemoryBillingLedger>();
        provider.GetRequiredService<ICallRecordStore>().ShouldBeOfType<RatingCallRecordStore>().Inner.ShouldBeOfType<InMemoryCallRecordStore>();
        provider.GetServices<IHostedService>().Select(s => s.GetType().Name).Order().ShouldBe(["MinimumPaymentCloser", "UnratedCallSweep"]);
        var seller = provider.GetRequiredService<IOptions<InvoiceSellerOptions>>().Value;
        seller.Name.ShouldBe("Carrier AG");
        seller.Address.ShouldBe(["Ring 5", "1010 Wien"]);
        seller.TaxId.ShouldBe("ATU1");
    }

    [Fact]
    public async Task RegisteredStores_AreDecorated_AndACdrStoredIsRatedIntoTheRegisteredLedger()
    {
        var records = new InMemoryCallRecordStore();
        var ledger = new InMemoryBillingLedger();
        var tariffs = new InMemoryTariffStore();
        var companies = new InMemoryCompanyStore();
        await tariffs.SaveAsync(new Tariff("t1", "acme", "Standard", "EUR", [new TariffRate("49", "Germany", 0.60m)]), None);
        await companies.SaveAsync(new CompanyProfile("acme", "Acme", null, "t1"), None);
        var services = new ServiceCollection()
            .AddSingleton<ICallRecordStore>(records).AddSingleton<IBillingLedger>(_ => ledger)
            .AddSingleton<ITariffStore>(tariffs).AddSingleton<ICompanyStore>(companies);

        using var provider = services.AddFlowBuilderBilling(Configuration()).AddFlowBuilderBilling(Configuration()).BuildServiceProvider();
        var end = DateTimeOffset.UtcNow;
        await provider.GetRequiredService<ICallRecordStore>().AddAsync(new CallDetailRecord(
            "call-1", "sip", CallDirection.Outbound, "+4930111", "+4930222", end.AddSeconds(-70), end.AddSeconds(-60), end,
            CallDisposition.Answered, HangUpCause.Normal, 200, "acme"), None);

        services.Count(d => d.ServiceType == typeof(ICallRecordStore)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(IHostedService)).ShouldBe(2);
        (await records.FindAsync("call-1", None)).ShouldNotBeNull();
        (await ledger.GetAccountAsync("acme", "EUR", None)).Balance.ShouldBe(-0.60m);
    }

    [Fact]
    public async Task SpendingGuard_HearsOfPostsThroughTheRegisteredLedger()
    {
        using var provider = new ServiceCollection().AddFlowBuilderBilling(Configuration()).BuildServiceProvider();
        var ledger = provider.GetRequiredService<IBillingLedger>();
        var guard = provider.GetRequiredService<ISpendingGuard>();
        await ledger.SaveSettingsAsync(new BillingAccount("acme", "EUR", 0m, 0m, null), None);
        await ledger.PostAsync(new LedgerEntry("led_1", "acme", LedgerEntryKind.TopUp, "payment", "P1", 1m, "EUR", "Top-up", 0m, DateTimeOffset.UtcNow), None);
        (await guard.RefusalAsync("acme", None)).ShouldBeNull();

        await ledger.PostAsync(new LedgerEntry("led_2", "acme", LedgerEntryKind.Adjustment, "adjustment", "A1", -1m, "EUR", "Adjustment", 0m, DateTimeOffset.UtcNow), None);

        (await guard.RefusalAsync("acme", None)).ShouldNotBeNull().ShouldContain("The balance of acme is 0.00 EUR");
    }
}
