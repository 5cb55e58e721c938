using FlowBuilder.Messaging.HttpGateway;
using FlowBuilder.Messaging.Smpp;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Messaging.Hosting;

public static class SmsTransportsSetup
{
    /// <summary>Registers the configured <see cref="ISmsTransport"/>s (section <c>FlowBuilder:Sms</c>): the SMPP client
    /// when <c>FlowBuilder:Sms:Smpp:Host</c> is set, the HTTP gateway when <c>FlowBuilder:Sms:Http:Url</c> is set (both may
    /// be). Each is a singleton under its own type and as an <see cref="ISmsTransport"/>; none is started here.</summary>
    public static IServiceCollection AddSmsTransports(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        // Idempotent: a second call (server and SMS service both asking) adds nothing.
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmppOptions.Section}:Host"]) && !services.Any(d => d.ServiceType == typeof(SmppTransport)))
        {
            services.AddOptions<SmppOptions>().Bind(configuration.GetSection(SmppOptions.Section));
            services.AddSingleton<SmppTransport>();
            services.AddSingleton<ISmsTransport>(sp => sp.GetRequiredService<SmppTransport>());
        }
        if (!string.IsNullOrWhiteSpace(configuration[$"{HttpGatewayOptions.Section}:Url"]) && !services.Any(d => d.ServiceType == typeof(HttpGatewayTransport)))
        {
            services.AddOptions<HttpGatewayOptions>().Bind(configuration.GetSection(HttpGatewayOptions.Section));
            services.AddSingleton<HttpGatewayTransport>();
            services.AddSingleton<ISmsTransport>(sp => sp.GetRequiredService<HttpGatewayTransport>());
        }
        return services;
    }
}
