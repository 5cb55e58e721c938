using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.ClickToCall.Hosting;

public static class ClickToCallServiceCollectionExtensions
{
    /// <summary>
    /// Adds click-to-call: options from <c>FlowBuilder:ClickToCall</c> (<see cref="ClickToCallOptions"/>), the campaign, request,
    /// company and tariff stores in memory unless FlowBuilder.Data registered its own (call this after <c>AddFlowBuilderData</c>),
    /// the intake (<see cref="IClickToCallRequests"/>) and the dispatcher (a hosted service). <see cref="IDestinationRates"/> is not
    /// registered here: without one every request is refused with <c>no_tariff</c> and nothing is dialled. The do-not-call list
    /// and the engine must be registered too. A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddFlowBuilderClickToCall(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.TryStartModule<ClickToCallDispatcher, ClickToCallOptions>(configuration, ClickToCallOptions.SectionName)) return services;
        services.TryAddSingleton<IClickToCallCampaignStore, InMemoryClickToCallCampaignStore>();
        services.TryAddSingleton<ICallbackRequestStore>(sp => new InMemoryCallbackRequestStore(sp.GetRequiredService<IClickToCallCampaignStore>()));
        services.TryAddSingleton<ICompanyStore, InMemoryCompanyStore>();
        services.TryAddSingleton<ITariffStore, InMemoryTariffStore>();
        services.TryAddSingleton<ClickToCallSignal>();
        services.TryAddSingleton<IClickToCallRequests>(sp => new ClickToCallRequests(
            sp.GetRequiredService<IClickToCallCampaignStore>(),
            sp.GetRequiredService<ICallbackRequestStore>(),
            sp.GetRequiredService<ICompanyStore>(),
            sp.GetRequiredService<IDoNotCallList>(),
            sp.GetService<ICallerListStore>(),
            sp.GetService<IDestinationRates>(),
            sp.GetRequiredService<ClickToCallSignal>(),
            sp.GetRequiredService<IEventPublisher>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ClickToCallOptions>>(),
            sp.LoggerOf<ClickToCallRequests>()));
        services.AddSingleton(sp => new ClickToCallDispatcher(
            sp.GetRequiredService<ICallbackRequestStore>(),
            sp.GetRequiredService<IClickToCallCampaignStore>(),
            sp.GetService<IDestinationRates>(),
            sp.GetRequiredService<FlowEngine>(),
            sp.GetRequiredService<ClickToCallSignal>(),
            sp.GetRequiredService<IEventPublisher>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ClickToCallOptions>>(),
            sp.LoggerOf<ClickToCallDispatcher>(),
            sp.GetService<ICallRecordStore>(),
            sp.GetService<ISpendingGuard>(),
            sp.GetService<IMeter>()));
        services.AddHostedService(sp => sp.GetRequiredService<ClickToCallDispatcher>());
        return services;
    }
}
