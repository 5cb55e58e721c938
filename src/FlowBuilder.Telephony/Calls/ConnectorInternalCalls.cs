using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>Calls between extensions (and from an extension to a group or an outside number) through the engine's <see cref="CallConnector"/>:
/// ringing until the target answers, forwarding rules, bridged media, hang-up of both legs at the end; 486/480 when busy or unanswered.</summary>
public sealed class ConnectorInternalCalls(CallConnector connector) : IInternalCallHandler
{
    public async Task HandleAsync(ICallControl channel, CallInfo ringingCall, CallTarget target, CancellationToken cancellationToken) =>
        await connector.ConnectInternalAsync(channel, ringingCall, target, cancellationToken).ConfigureAwait(false);
}
