using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>How a waiting caller's agents are dialled: on the caller's channel, showing the caller's number.</summary>
/// <param name="Owner">Written on the agent legs' CDRs.</param>
/// <param name="Dialling">Called with each agent leg's id before it is dialled (so the flow can hang it up if it ends).</param>
public sealed record QueueDialing(ICallControl Channel, string? CallerId, CallOwner? Owner, Action<string>? Dialling = null);
