using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Tests.Hosting;

public sealed class BillingServiceCollectionExtensionsTests
{
    private static IConfiguration Configuration(string? fontsFolder = null) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["FlowBuilder:Billing:FontsFolder"] = fontsFolder }).Build();

    [Fact]
    public void AddFlowBuilderBilling_RegistersRatesRendererAndInMemoryStores()
    {
        using var provider = new ServiceCollection().AddFlowBuilderBilling(Configuration("/srv/fonts")).BuildServiceProvider();

        provider.GetRequiredService<IDestinationRates>().ShouldBeOfType<DestinationRates>();
        provider.GetRequiredService<IDestinationRates>().ShouldBeSameAs(provider.GetRequiredService<DestinationRates>());
        provider.GetRequiredService<IInvoiceRenderer>().ShouldBeOfType<InvoicePdfRenderer>();
        provider.GetRequiredService<ITariffStore>().ShouldBeOfType<InMemoryTariffStore>();
        provider.GetRequiredService<ICompanyStore>().ShouldBeOfType<InMemoryCompanyStore>();
        provider.GetRequiredService<IOptions<BillingOptions>>().Value.FontsFolder.ShouldBe("/srv/fonts");
    }

    [Fact]
    public async Task StoresRegisteredBefore_AreKept_AndUsedForRating()
    {
        var tariffs = new InMemoryTariffStore();
        var companies = new InMemoryCompanyStore();
        await tariffs.SaveAsync(new Tariff("t1", "default", "Standard", "EUR", [new TariffRate("49", "Germany", 0.02m)]), CancellationToken.None);
        await companies.SaveAsync(new CompanyProfile("default", "Acme", null, "t1"), CancellationToken.None);
        var services = new ServiceCollection().AddSingleton<ITariffStore>(tariffs).AddSingleton<ICompanyStore>(companies);

        using var provider = services.AddFlowBuilderBilling(Configuration()).AddFlowBuilderBilling(Configuration()).BuildServiceProvider();

        provider.GetRequiredService<ITariffStore>().ShouldBeSameAs(tariffs);
        services.Count(d => d.ServiceType == typeof(IDestinationRates)).ShouldBe(1);
        (await provider.GetRequiredService<IDestinationRates>().FindAsync("default", "+4930123456", CancellationToken.None))!.TariffId.ShouldBe("t1");
    }
}
