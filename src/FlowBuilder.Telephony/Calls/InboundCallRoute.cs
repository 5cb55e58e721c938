using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>
/// Where an inbound call goes: a flow (<see cref="FlowId"/>; <see cref="Decision"/> is the engine's decision when it came
/// from <see cref="CallFlowsRouter"/>), an internal target (<see cref="Target"/>, handed to <see cref="IInternalCallHandler"/>), or
/// a refusal (<see cref="RefuseStatus"/>, e.g. 486 for a blacklisted caller).
/// </summary>
public sealed record InboundCallRoute(string CompanyId, string FlowId)
{
    public InboundCallDecision? Decision { get; init; }

    /// <summary>The extension or group the call rings instead of a flow; null for a flow route.</summary>
    public CallTarget? Target { get; init; }

    /// <summary>The final status the call is refused with (486 busy, 403, 603…); null to take the call.</summary>
    public int? RefuseStatus { get; init; }

    public InboundCallRouteKind Kind => RefuseStatus is not null ? InboundCallRouteKind.Refused : Target is not null ? InboundCallRouteKind.Internal : InboundCallRouteKind.Flow;

    /// <summary>A call for an extension or group of <paramref name="companyId"/>.</summary>
    public static InboundCallRoute Internal(string companyId, CallTarget target) => new(companyId, "") { Target = target ?? throw new ArgumentNullException(nameof(target)) };

    /// <summary>A call refused with <paramref name="statusCode"/> (300-699).</summary>
    public static InboundCallRoute Refused(string companyId, int statusCode) =>
        statusCode is < 300 or > 699 ? throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A refusal is a final status of 300-699.") : new(companyId, "") { RefuseStatus = statusCode };
}
