using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Engine.Hosting;

/// <summary>Recovers waiting instances when the host starts, and writes what is queued when it stops.</summary>
internal sealed class EngineStartup(FlowEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.RecoverAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => engine.FlushAsync().WaitAsync(cancellationToken);
}
