using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>The presence used without SIP: every extension counts as registered (the simulator can ring anything).</summary>
internal sealed class EveryExtensionPresent : IExtensionPresence
{
    public bool IsRegistered(string number) => true;
}
