using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>How <see cref="CallConnector.ReachAsync"/> ended: <see cref="Call"/> and <see cref="AnsweredBy"/> when someone answered.</summary>
public sealed record ReachResult(DialStatus Status, CallInfo? Call = null, CallTarget? AnsweredBy = null, int? SipStatus = null, string? Reason = null)
{
    public static ReachResult Failed(string reason) => new(DialStatus.Failed, Reason: reason);
}
