using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>
/// The server exactly as it registers campaigns (the SQL campaign store, the contacts and do-not-call stores, the real dialer,
/// operator desk and connector; no fakes), on SQLite, with the simulator as the default call channel, prompts that finish at
/// once and a clock the test moves (Sunday 2026-11-22 12:00 UTC).
/// </summary>
public sealed class CampaignHostFactory : ClockedApiFactory
{
    public CallSimulator Simulator => Services.GetRequiredService<CallSimulator>();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Calls:DefaultChannel"] = CallSimulator.ChannelName,
        ["FlowBuilder:Simulator:InstantPrompts"] = "true",
    };
}
