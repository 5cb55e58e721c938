using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Campaigns.Hosting;

/// <summary>What the <c>Add…</c> methods of this project (campaigns, click-to-call) do the same way.</summary>
internal static class CampaignsModuleRegistration
{
    /// <summary>
    /// False when <typeparamref name="TMarker"/> is registered already (a second call changes nothing); otherwise binds
    /// <typeparamref name="TOptions"/> to the configuration section <paramref name="sectionName"/>, adds the clock and events
    /// unless registered, and returns true.
    /// </summary>
    public static bool TryStartModule<TMarker, TOptions>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.IsRegistered<TMarker>()) return false;
        services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName));
        services.TryAddClockAndEvents();
        return true;
    }

    /// <summary>The registered logger of <typeparamref name="T"/>, or a logger that writes nothing where logging is not registered.</summary>
    public static ILogger<T> LoggerOf<T>(this IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
