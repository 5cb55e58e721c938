using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Operators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Operators;

public static class OperatorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the operator desk (<see cref="IOperatorDesk"/>, and the dialer's operator pool) and the operator connector the
    /// Connect to operator block uses (<see cref="IOperatorConnector"/>). Needs the campaign and contact stores, the do-not-call
    /// list, the engine's <see cref="CallConnector"/> and the dialer (preview dialing, live attempts). Without SIP every extension
    /// counts as registered (the SIP stack registers its registrar's presence instead).
    /// </summary>
    public static IServiceCollection AddCampaignOperators(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IExtensionPresence, EveryExtensionPresent>();
        services.TryAddSingleton(sp => new OperatorCards(sp.GetRequiredService<IContactStore>(), sp.GetRequiredService<ICampaignStore>()));
        services.TryAddSingleton(sp => new OperatorDesk(
            sp.GetRequiredService<ICampaignStore>(),
            sp.GetRequiredService<IDoNotCallList>(),
            new DeferredPreviewDialing(sp),
            sp.GetRequiredService<IExtensionPresence>(),
            sp.GetRequiredService<OperatorCards>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<OperatorDesk>>()));
        services.TryAddSingleton<IOperatorDesk>(sp => sp.GetRequiredService<OperatorDesk>());
        services.TryAddSingleton<IOperatorPool>(sp => sp.GetRequiredService<OperatorDesk>());
        services.TryAddSingleton<IOperatorConnector>(sp => new OperatorConnector(
            sp.GetRequiredService<ILiveAttempts>(),
            sp.GetRequiredService<OperatorDesk>(),
            sp.GetRequiredService<OperatorCards>(),
            sp.GetRequiredService<CallConnector>(),
            sp.GetRequiredService<ICampaignStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<PlacedCalls>(),
            sp.GetService<ILogger<OperatorConnector>>()));
        return services;
    }
}
