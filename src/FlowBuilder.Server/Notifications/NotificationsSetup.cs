using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Notifications;

internal static class NotificationsSetup
{
    /// <summary>
    /// Event notifications: the outbox replaces the engine's <see cref="NullEventPublisher"/>, the dispatcher sends
    /// deliveries (options from <c>FlowBuilder:Notifications</c>), flow and call events are published. Call after
    /// the data layer (it decorates the CDR store the data layer registers).
    /// </summary>
    public static WebApplicationBuilder AddFlowBuilderNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.Concurrency >= 1 && o.BatchSize >= 1 && o.Timeout > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero
                           && o.FirstRetryDelay >= TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay,
                $"{NotificationOptions.Section}: MaxAttempts, Concurrency and BatchSize must be 1 or more, Timeout and PollInterval above 0, MaxRetryDelay at least FirstRetryDelay.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DispatchSignal>();
        services.RemoveAll<IEventPublisher>();
        services.AddSingleton<IEventPublisher, OutboxEventPublisher>();
        services.AddSingleton<NotificationDispatcher>();
        if (builder.Configuration.GetValue($"{NotificationOptions.Section}:Dispatch", true))
            services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddHostedService<FlowEventSource>();
        var cdrs = services.LastOrDefault(d => d.ServiceType == typeof(ICallRecordStore));
        if (cdrs is not null)
        {
            services.Remove(cdrs);
            services.AddSingleton<ICallRecordStore>(sp => new CallEndedEvents(
                (ICallRecordStore)(cdrs.ImplementationInstance ?? cdrs.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, cdrs.ImplementationType!)),
                sp.GetRequiredService<IEventPublisher>(), sp.GetRequiredService<ILogger<CallEndedEvents>>()));
        }
        return builder;
    }
}
