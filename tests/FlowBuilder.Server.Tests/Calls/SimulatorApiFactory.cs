using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Calls;

/// <summary>The server with SIP off and the simulator's prompts finishing at once, so a test waits only on events.</summary>
public sealed class SimulatorApiFactory : FlowBuilderApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Simulator:InstantPrompts"] = "true",
    };

    public CallSimulator Simulator => Services.GetRequiredService<CallSimulator>();
}
