using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>
/// Connects an internal call (an authenticated extension dialling an extension or group number, or a router's
/// <see cref="InboundCallRouteKind.Internal"/> route) to its target. <paramref name="ringingCall"/> is admitted and ringing on
/// <paramref name="channel"/>: the handler answers it (typically once a dialled target answers), or hangs it up.
/// </summary>
public interface IInternalCallHandler
{
    Task HandleAsync(ICallControl channel, CallInfo ringingCall, CallTarget target, CancellationToken cancellationToken);
}
