using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;
using FlowBuilder.Telephony.Sip.Registrar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Telephony.Hosting;

public static class TelephonyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>sip</c> call channel from <c>FlowBuilder:Sip</c> when <see cref="SipOptions.Enabled"/>: <see cref="SipCallControl"/>
    /// (also as <see cref="ICallControl"/>), <see cref="SipCallService"/>, and <see cref="CallFlowsRouter"/> as the
    /// <see cref="IInboundCallRouter"/> unless one is registered. With an <see cref="IExtensionStore"/> registered, extensions
    /// register at <see cref="SipCallControl.Registrar"/> (which is the <see cref="IExtensionPresence"/>) and calls to and from them authenticate; an <see cref="IInternalCallHandler"/>
    /// (optional) connects calls between extensions. Does nothing when SIP is not enabled. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddFlowBuilderTelephony(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SipOptions.SectionName);
        if (!section.GetValue<bool>(nameof(SipOptions.Enabled))) return services;

        services.AddOptions<SipOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SipOptions>, SipOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICallRecordStore, InMemoryCallRecordStore>();
        services.TryAddSingleton<ICallRecordingStore, InMemoryCallRecordingStore>();
        services.AddFlowBuilderSpeech(configuration);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SipOptions>>().Value;
            var voice = options.Tts.IsAzure ? options.Tts.AzureVoice : options.Tts.DefaultVoice;
            return new CallPromptRenderer(sp.GetRequiredService<TtsPromptSource>(), sp.GetRequiredService<PromptCache>(), options.MediaFolder, voice);
        });
        services.TryAddSingleton(sp => new SipCallControl(
            sp.GetRequiredService<IOptions<SipOptions>>().Value,
            sp.GetRequiredService<ICallRecordStore>(),
            sp.GetRequiredService<CallPromptRenderer>(),
            pacer: null,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SipCallControl>>(),
            sp.GetRequiredService<ICallRecordingStore>())
        {
            Registrar = sp.GetService<IExtensionStore>() is { } extensions
                ? new SipRegistrar(extensions, sp.GetRequiredService<IOptions<SipOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<SipRegistrar>>())
                : null,
        });
        services.AddSingleton<ICallControl>(sp => sp.GetRequiredService<SipCallControl>());
        // Added, not tried: it wins over the "every extension present" default of hosts without SIP, whichever is registered first.
        services.AddSingleton<IExtensionPresence>(sp => new SipExtensionPresence(sp.GetRequiredService<SipCallControl>().Registrar));
        services.TryAddSingleton<IInboundCallRouter>(sp => new CallFlowsRouter(sp.GetRequiredService<CallFlows>()));
        // Without the engine (AddFlowBuilder) there is no connector and calls to extensions are refused.
        services.TryAddSingleton<IInternalCallHandler>(sp => sp.GetService<CallConnector>() is { } connector ? new ConnectorInternalCalls(connector) : null!);
        services.TryAddSingleton(sp => new SipCallService(
            sp.GetRequiredService<SipCallControl>(),
            sp.GetRequiredService<IInboundCallRouter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SipCallService>>(),
            sp.GetService<IExtensionStore>(),
            sp.GetService<IExtensionGroupStore>(),
            sp.GetService<IInternalCallHandler>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SipCallService>());
        return services;
    }
}
