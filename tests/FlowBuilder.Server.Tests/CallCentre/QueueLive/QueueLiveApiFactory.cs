using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.CallCentre.QueueLive;

/// <summary>The server with queue stores of its own (dictionaries), so tests can set up queues and queue call records directly.</summary>
public sealed class QueueLiveApiFactory : FlowBuilderApiFactory
{
    internal InMemoryCallQueueStore QueueStore { get; } = new();
    internal InMemoryQueueCallStore QueueCalls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ICallQueueStore>(QueueStore);
            services.AddSingleton<IQueueCallStore>(QueueCalls);
        });
    }
}
