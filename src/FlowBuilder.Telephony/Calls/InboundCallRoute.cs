using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Telephony.Calls;

/// <summary>The flow an inbound call goes to; <see cref="Binding"/> is the engine's trigger binding when it came from <see cref="CallFlowsRouter"/>.</summary>
public sealed record InboundCallRoute(string CompanyId, string FlowId)
{
    public TriggerBinding? Binding { get; init; }
}
