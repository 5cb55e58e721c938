using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Telephony.Media.Tts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Tests.Speech;

/// <summary>The server speaking through <see cref="Speech"/> instead of espeak-ng.</summary>
public sealed class FakeSpeechApiFactory : FlowBuilderApiFactory
{
    public FakeTextToSpeech Speech { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<ITextToSpeech>();
            services.AddSingleton<ITextToSpeech>(Speech);
        });
    }
}
