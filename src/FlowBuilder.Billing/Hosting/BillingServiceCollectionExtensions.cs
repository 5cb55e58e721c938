using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Metering;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Billing.Spending;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Hosting;

public static class BillingServiceCollectionExtensions
{
    /// <summary>
    /// Adds billing: <see cref="IDestinationRates"/> (<see cref="DestinationRates"/>, caching each tariff's rate table),
    /// <see cref="ICallRating"/> run on every CDR stored (the registered <see cref="ICallRecordStore"/> is decorated) and by a
    /// sweep each minute, <see cref="IMeter"/>, <see cref="ISpendingGuard"/> (the registered <see cref="IBillingLedger"/> is
    /// decorated so it hears of posts), <see cref="IPeriodInvoices"/> with the seller from <c>FlowBuilder:Billing:Seller</c>,
    /// <see cref="MinimumPayments"/> closed hourly, <see cref="IInvoiceRenderer"/> (<see cref="InvoicePdfRenderer"/>) with
    /// <see cref="BillingOptions"/> from <c>FlowBuilder:Billing</c>. The tariff, company and ledger stores are in memory unless
    /// FlowBuilder.Data registered its own (call this after <c>AddFlowBuilderData</c>). A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddFlowBuilderBilling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.IsRegistered<DestinationRates>()) return services;
        var section = configuration.GetSection(BillingOptions.SectionName);
        services.AddOptions<BillingOptions>().Configure(options => options.FontsFolder = section[nameof(BillingOptions.FontsFolder)] ?? options.FontsFolder);
        if (!services.IsRegistered<IConfigureOptions<InvoiceSellerOptions>>())
            services.AddOptions<InvoiceSellerOptions>().Configure(options => options.ReadFrom(configuration.GetSection(InvoiceSellerOptions.SectionName)));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITariffStore, InMemoryTariffStore>();
        services.TryAddSingleton<ICompanyStore, InMemoryCompanyStore>();
        services.AddSingleton(sp => new DestinationRates(sp.GetRequiredService<ICompanyStore>(), sp.GetRequiredService<ITariffStore>()));
        services.TryAddSingleton<IDestinationRates>(sp => sp.GetRequiredService<DestinationRates>());
        services.TryAddSingleton<IInvoiceRenderer, InvoicePdfRenderer>();

        AddLedgerAndGuard(services);
        AddRating(services);
        services.AddSingleton<IMeter>(sp => new Meter(sp.GetRequiredService<IBillingLedger>(), sp.GetRequiredService<DestinationRates>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new MinimumPayments(
            sp.GetRequiredService<IBillingLedger>(), sp.GetRequiredService<ICompanyStore>(), sp.GetRequiredService<DestinationRates>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService(sp => new MinimumPaymentCloser(
            sp.GetRequiredService<ICompanyStore>(), sp.GetRequiredService<MinimumPayments>(), sp.GetRequiredService<TimeProvider>(), LoggerOf<MinimumPaymentCloser>(sp)));
        services.AddSingleton<IPeriodInvoices>(sp => new PeriodInvoices(
            sp.GetRequiredService<IBillingLedger>(),
            sp.GetRequiredService<ICompanyStore>(),
            sp.GetRequiredService<DestinationRates>(),
            sp.GetRequiredService<IOptions<InvoiceSellerOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    // Posts go through a decorator that tells the spending guard's allowances, so an exhausting post ends them at once.
    private static void AddLedgerAndGuard(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IBillingLedger) && !d.IsKeyedService);
        services.RemoveAll<IBillingLedger>();
        services.AddSingleton<SpendingAllowances>();
        services.AddSingleton<IBillingLedger>(sp => new SpendingGuardLedger(
            registered is null ? new InMemoryBillingLedger() : Create<IBillingLedger>(sp, registered), sp.GetRequiredService<SpendingAllowances>()));
        services.AddSingleton(sp => new SpendingGuard(
            sp.GetRequiredService<IBillingLedger>(), sp.GetRequiredService<ICompanyStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SpendingAllowances>()));
        services.AddSingleton<ISpendingGuard>(sp => sp.GetRequiredService<SpendingGuard>());
    }

    // CDRs are rated when stored (the decorator) and, for those it missed, by the sweep.
    private static void AddRating(IServiceCollection services)
    {
        services.AddSingleton<ICallRating>(sp => new CallRating(
            sp.GetRequiredService<IBillingLedger>(), sp.GetRequiredService<DestinationRates>(), sp.GetRequiredService<TimeProvider>()));
        var records = services.LastOrDefault(d => d.ServiceType == typeof(ICallRecordStore) && !d.IsKeyedService);
        services.RemoveAll<ICallRecordStore>();
        services.AddSingleton<ICallRecordStore>(sp => new RatingCallRecordStore(
            records is null ? new InMemoryCallRecordStore() : Create<ICallRecordStore>(sp, records),
            sp.GetRequiredService<ICallRating>(),
            LoggerOf<RatingCallRecordStore>(sp)));
        services.TryAddSingleton<IUnratedCallRecords>(sp => new CallRecordStoreUnratedCalls(
            sp.GetRequiredService<ICallRecordStore>(), sp.GetRequiredService<IBillingLedger>()));
        services.AddHostedService(sp => new UnratedCallSweep(
            sp.GetRequiredService<IUnratedCallRecords>(), sp.GetRequiredService<ICallRating>(), sp.GetRequiredService<TimeProvider>(), LoggerOf<UnratedCallSweep>(sp)));
    }

    private static T Create<T>(IServiceProvider sp, ServiceDescriptor descriptor) where T : class =>
        (T)(descriptor.ImplementationInstance ?? descriptor.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    private static ILogger<T> LoggerOf<T>(IServiceProvider sp) => sp.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
