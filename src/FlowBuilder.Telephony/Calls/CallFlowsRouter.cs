using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>Routes inbound calls to the published flow bound to the dialled number, through the engine's <see cref="CallFlows"/>.</summary>
public sealed class CallFlowsRouter(CallFlows flows) : IInboundCallRouter
{
    public async ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken)
    {
        var binding = await flows.FindAsync(dialledNumber, cancellationToken).ConfigureAwait(false);
        return binding is null ? null : new InboundCallRoute(binding.CompanyId, binding.FlowId) { Binding = binding };
    }

    public ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var binding = route.Binding ?? throw new ArgumentException($"The route to flow {route.FlowId} was not found by {nameof(CallFlowsRouter)}.", nameof(route));
        return flows.StartInboundAsync(channel, call, binding, cancellationToken);
    }
}
