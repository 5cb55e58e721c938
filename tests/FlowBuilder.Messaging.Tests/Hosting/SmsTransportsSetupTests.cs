using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Messaging.HttpGateway;
using FlowBuilder.Messaging.Smpp;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Messaging.Tests.Hosting;

public sealed class SmsTransportsSetupTests
{
    [Fact]
    public async Task BothConfigured_BothRegisteredOnceAndNotStarted()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Sms:Smpp:Host"] = "127.0.0.1",
            ["FlowBuilder:Sms:Smpp:Port"] = "2776",
            ["FlowBuilder:Sms:Smpp:WindowSize"] = "4",
            ["FlowBuilder:Sms:Http:Url"] = "http://127.0.0.1:9/send",
        }).Build();
        var services = new ServiceCollection().AddSmsTransports(configuration).AddSmsTransports(configuration);

        await using var provider = services.BuildServiceProvider();

        var transports = provider.GetServices<ISmsTransport>().ToList();
        transports.Select(t => t.Name).ShouldBe(["smpp", "http"]);
        transports[0].ShouldBeSameAs(provider.GetRequiredService<SmppTransport>());
        transports[1].ShouldBeSameAs(provider.GetRequiredService<HttpGatewayTransport>());
        transports.ShouldAllBe(t => t.State == SmsTransportState.Stopped);
    }

    [Fact]
    public async Task NothingConfigured_NoTransport()
    {
        await using var provider = new ServiceCollection().AddSmsTransports(new ConfigurationBuilder().Build()).BuildServiceProvider();

        provider.GetServices<ISmsTransport>().ShouldBeEmpty();
    }
}
