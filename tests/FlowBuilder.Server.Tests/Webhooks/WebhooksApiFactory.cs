using FlowBuilder.Engine.Http;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>A server on a manual clock, with a loopback <see cref="IHttpRequester"/> and callback URLs under
/// <see cref="PublicUrl"/>.</summary>
public class WebhooksApiFactory : ClockedApiFactory
{
    public const string PublicUrl = "http://flows.example.test";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:PublicUrl"] = PublicUrl,
        ["FlowBuilder:Server:MaxWebhookBytes"] = "4096",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IHttpRequester, LoopbackHttpRequester>());
    }
}

/// <summary>A second server of the same kind, for test classes that hold the <see cref="TestGate"/> themselves.</summary>
public sealed class GatedWebhooksApiFactory : WebhooksApiFactory;
