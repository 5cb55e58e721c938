using FlowBuilder.Engine.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Engine.Hosting;

/// <summary>What every FlowBuilder module's <c>Add…</c> method does the same way (campaigns, messaging).</summary>
public static class ModuleRegistration
{
    /// <summary>True when <typeparamref name="TService"/> is registered already: a module's <c>Add…</c> method returns early
    /// on it so that a second call changes nothing.</summary>
    public static bool IsRegistered<TService>(this IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(TService));

    /// <summary>Adds the system clock and an event publisher that drops events unless they are registered already
    /// (<see cref="FlowBuilderServiceCollectionExtensions.AddFlowBuilder"/> adds both; tests put a fake clock first).</summary>
    public static IServiceCollection TryAddClockAndEvents(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEventPublisher>(NullEventPublisher.Instance);
        return services;
    }
}
