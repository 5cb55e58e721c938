namespace FlowBuilder.Telephony.Calls;

public enum InboundCallRouteKind
{
    /// <summary>A published flow takes the call.</summary>
    Flow,

    /// <summary>An extension or group is rung (<see cref="IInternalCallHandler"/>).</summary>
    Internal,

    /// <summary>The call is refused with <see cref="InboundCallRoute.RefuseStatus"/>.</summary>
    Refused,
}
