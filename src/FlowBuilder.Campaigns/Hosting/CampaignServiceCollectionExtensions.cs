using FlowBuilder.Campaigns.ClickToCall.Hosting;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Hosting;

public static class CampaignServiceCollectionExtensions
{
    /// <summary>
    /// Adds campaigns: options from <c>FlowBuilder:Campaigns</c> (<see cref="CampaignOptions"/>), the campaign store in memory
    /// unless FlowBuilder.Data registered its own (call this after <c>AddFlowBuilderData</c>), the dialer (a hosted service, also
    /// <see cref="IPreviewDialing"/>), <see cref="ICampaignControl"/>, <see cref="ILiveAttempts"/> and the operators (<see cref="OperatorServiceCollectionExtensions.AddCampaignOperators"/>) and click-to-call
    /// (<see cref="ClickToCallServiceCollectionExtensions.AddFlowBuilderClickToCall"/>). The contact store and the
    /// do-not-call list must be registered too. Call after <c>AddFlowBuilder</c>. A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddFlowBuilderCampaigns(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.TryStartModule<CampaignDialer, CampaignOptions>(configuration, CampaignOptions.SectionName)) return services;
        services.TryAddSingleton<ICampaignStore>(sp => new InMemoryCampaignStore(sp.GetRequiredService<IContactStore>()));
        services.TryAddSingleton<LiveAttempts>();
        services.TryAddSingleton<ILiveAttempts>(sp => sp.GetRequiredService<LiveAttempts>());
        services.AddSingleton(sp => new CampaignDialer(
            sp.GetRequiredService<ICampaignStore>(),
            sp.GetRequiredService<IContactStore>(),
            sp.GetRequiredService<IDoNotCallList>(),
            sp.GetRequiredService<ICallerListStore>(),
            sp.GetRequiredService<CallChannels>(),
            sp.GetRequiredService<CallFlows>(),
            sp.GetRequiredService<LiveAttempts>(),
            sp.GetRequiredService<IEventPublisher>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<CampaignOptions>>(),
            sp.LoggerOf<CampaignDialer>(),
            sp.GetService<IOperatorPool>(),
            sp.GetService<ISpendingGuard>()));
        services.AddSingleton<IPreviewDialing>(sp => sp.GetRequiredService<CampaignDialer>());
        services.AddHostedService(sp => sp.GetRequiredService<CampaignDialer>());
        services.TryAddSingleton<ICampaignControl>(sp => new CampaignControl(
            sp.GetRequiredService<ICampaignStore>(),
            sp.GetRequiredService<IContactStore>(),
            sp.GetRequiredService<Engine.Persistence.IFlowRepository>(),
            sp.GetRequiredService<CallChannels>(),
            sp.GetRequiredService<CampaignDialer>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<CampaignOptions>>()));
        services.AddCampaignOperators();
        services.AddFlowBuilderClickToCall(configuration);
        return services;
    }
}
