using FlowBuilder.Engine.Email;
using FlowBuilder.Messaging.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Messaging.Hosting;

public static class EmailSetup
{
    /// <summary>
    /// Adds e-mail: <see cref="IEmailSender"/> as <see cref="SmtpEmailSender"/> with <see cref="EmailOptions"/> from
    /// <c>FlowBuilder:Email</c> (without <c>Smtp:Host</c> it is registered but <see cref="IEmailSender.IsConfigured"/> is false).
    /// A second call changes nothing; a sender registered before (tests) is kept.
    /// </summary>
    public static IServiceCollection AddFlowBuilderEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
