using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Billing.Hosting;

public static class BillingServiceCollectionExtensions
{
    /// <summary>
    /// Adds billing: <see cref="IDestinationRates"/> (<see cref="DestinationRates"/>, caching each tariff's rate table),
    /// <see cref="IInvoiceRenderer"/> (<see cref="InvoicePdfRenderer"/>) with <see cref="BillingOptions"/> from
    /// <c>FlowBuilder:Billing</c>, and the tariff and company stores in memory unless FlowBuilder.Data registered its own
    /// (call this after <c>AddFlowBuilderData</c>). A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddFlowBuilderBilling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.IsRegistered<DestinationRates>()) return services;
        var section = configuration.GetSection(BillingOptions.SectionName);
        services.AddOptions<BillingOptions>().Configure(options => options.FontsFolder = section[nameof(BillingOptions.FontsFolder)] ?? options.FontsFolder);
        services.TryAddSingleton<ITariffStore, InMemoryTariffStore>();
        services.TryAddSingleton<ICompanyStore, InMemoryCompanyStore>();
        services.AddSingleton(sp => new DestinationRates(sp.GetRequiredService<ICompanyStore>(), sp.GetRequiredService<ITariffStore>()));
        services.TryAddSingleton<IDestinationRates>(sp => sp.GetRequiredService<DestinationRates>());
        services.TryAddSingleton<IInvoiceRenderer, InvoicePdfRenderer>();
        return services;
    }
}
