using FlowBuilder.Messaging.Transport;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Sms;

/// <summary>The server with <see cref="Transport"/> as its only SMS transport.</summary>
public sealed class SmsApiFactory : FlowBuilderApiFactory
{
    internal ScriptedSmsTransport Transport { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["FlowBuilder:Sms:DefaultFrom"] = "Acme" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ISmsTransport>(Transport));
    }
}
