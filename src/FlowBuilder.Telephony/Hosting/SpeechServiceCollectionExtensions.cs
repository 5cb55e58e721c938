using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Telephony.Hosting;

public static class SpeechServiceCollectionExtensions
{
    /// <summary>
    /// Adds text-to-speech whether or not SIP is enabled: <see cref="SipTtsOptions"/> from <c>FlowBuilder:Sip:Tts</c>, the
    /// <see cref="ITextToSpeech"/> it names (espeak-ng by default), a <see cref="PromptCache"/> of
    /// <c>FlowBuilder:Sip:PromptCacheMegabytes</c> (64 by default) and a <see cref="TtsPromptSource"/>. Keeps those already
    /// registered; <see cref="TelephonyServiceCollectionExtensions.AddFlowBuilderTelephony"/> calls it, so calls and the
    /// speech API share one engine and one prompt cache.
    /// </summary>
    public static IServiceCollection AddFlowBuilderSpeech(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SipOptions.SectionName);
        services.AddOptions<SipTtsOptions>().Bind(section.GetSection(nameof(SipOptions.Tts)));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITextToSpeech>(sp => SpeechEngines.Create(sp.GetRequiredService<IOptions<SipTtsOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        var megabytes = Math.Max(1, section.GetValue(nameof(SipOptions.PromptCacheMegabytes), 64));
        services.TryAddSingleton(_ => new PromptCache((long)megabytes * 1024 * 1024));
        services.TryAddSingleton(sp => new TtsPromptSource(sp.GetRequiredService<ITextToSpeech>(), sp.GetRequiredService<PromptCache>()));
        return services;
    }
}
