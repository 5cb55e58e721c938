using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FlowBuilder.Server.Tests.SmsGateway;

/// <summary>The server with the HTTP SMS gateway configured (nothing listens at its URL; only the callbacks are used).</summary>
public sealed class SmsGatewayApiFactory : FlowBuilderApiFactory
{
    public const string Secret = "callback-secret";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Sms:Http:Url"] = "http://127.0.0.1:9/send",
        ["FlowBuilder:Sms:Http:CallbackSecret"] = Secret,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices((context, services) => services.AddSmsTransports(context.Configuration));
    }
}
