using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Telephony.Media.Tts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Tests.Speech;

/// <summary>The server with no text-to-speech engine registered at all (a host that removed it).</summary>
public sealed class NoSpeechApiFactory : FlowBuilderApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<ITextToSpeech>();
            services.RemoveAll<TtsPromptSource>();
        });
    }
}
