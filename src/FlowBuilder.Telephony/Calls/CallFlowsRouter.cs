using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>Routes inbound calls through the engine's <see cref="CallFlows"/>: the published flow bound to the dialled number, a
/// whitelisted caller's own flow, or busy (486) for a caller on the company's blacklist.</summary>
public sealed class CallFlowsRouter(CallFlows flows) : IInboundCallRouter
{
    public ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken) => FindAsync(dialledNumber, "", cancellationToken);

    public async ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, string callerNumber, CancellationToken cancellationToken)
    {
        var decision = await flows.DecideAsync(callerNumber, dialledNumber, cancellationToken).ConfigureAwait(false);
        return decision switch
        {
            { Action: InboundCallAction.Blocked, CompanyId: { } company } => InboundCallRoute.Refused(company, 486),
            { Action: InboundCallAction.RunFlow, CompanyId: { } company, FlowId: { } flowId } => new InboundCallRoute(company, flowId) { Decision = decision },
            _ => null,
        };
    }

    public ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var decision = route.Decision ?? throw new ArgumentException($"The route to flow {route.FlowId} was not found by {nameof(CallFlowsRouter)}.", nameof(route));
        return flows.StartDecidedAsync(channel, call, decision, cancellationToken);
    }
}
