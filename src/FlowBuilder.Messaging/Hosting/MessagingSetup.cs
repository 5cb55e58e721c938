using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Messaging.Sms;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Messaging.Hosting;

public static class MessagingSetup
{
    /// <summary>
    /// Adds SMS: the <see cref="SmsService"/> as <see cref="ISmsGateway"/> (Send SMS, the API), the transports configured
    /// under <c>FlowBuilder:Sms</c> (<see cref="SmsTransportsSetup.AddSmsTransports"/>) and the hosted service that starts
    /// them and retries. Message and opt-out stores default to memory unless FlowBuilder.Data registered its own.
    /// Call after <c>AddFlowBuilder</c>. A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddFlowBuilderMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.IsRegistered<SmsService>()) return services;
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.SectionName));
        services.TryAddSingleton<ISmsMessageStore, InMemorySmsMessageStore>();
        services.TryAddSingleton<ISmsOptOutStore, InMemorySmsOptOutStore>();
        services.TryAddClockAndEvents();
        services.AddSingleton(sp => new SmsService(
            sp.GetRequiredService<ISmsMessageStore>(),
            sp.GetRequiredService<ISmsOptOutStore>(),
            sp.GetServices<ISmsTransport>(),
            sp.GetRequiredService<IEventPublisher>(),
            sp.GetRequiredService<FlowEngine>(),
            sp.GetRequiredService<TriggerDirectory>(),
            sp.GetRequiredService<IOptions<SmsOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SmsService>>() ?? NullLogger<SmsService>.Instance,
            sp.GetService<IMeter>()));
        services.AddSingleton<ISmsGateway>(sp => sp.GetRequiredService<SmsService>());
        services.AddHostedService<SmsHostedService>();
        services.AddSmsTransports(configuration);
        return services;
    }
}
