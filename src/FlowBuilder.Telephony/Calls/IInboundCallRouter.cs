using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>Decides where an inbound call goes (a flow, an internal target, a refusal) and starts its flow; the flow then answers (or not) through the call port.</summary>
public interface IInboundCallRouter
{
    /// <summary>The route for a dialled number; null when none (the call is refused with 404).</summary>
    ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken);

    /// <summary>The route for a call from <paramref name="callerNumber"/> (for caller lists); by default the dialled number's route.</summary>
    ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, string callerNumber, CancellationToken cancellationToken) => FindAsync(dialledNumber, cancellationToken);

    /// <summary>Starts the route's flow for <paramref name="call"/>, which is ringing on <paramref name="channel"/>; returns the flow instance id.</summary>
    ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken);
}
