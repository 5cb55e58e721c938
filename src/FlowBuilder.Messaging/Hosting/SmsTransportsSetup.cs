using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Messaging.Hosting;

public static class SmsTransportsSetup
{
    /// <summary>Registers the configured <see cref="Transport.ISmsTransport"/>s (section <c>FlowBuilder:Sms</c>).</summary>
    public static IServiceCollection AddSmsTransports(this IServiceCollection services, IConfiguration configuration)
    {
        // Filled in by the SMPP client and HTTP gateway work.
        _ = configuration;
        return services;
    }
}
