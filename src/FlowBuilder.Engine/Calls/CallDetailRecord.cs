namespace FlowBuilder.Engine.Calls;

/// <summary>One call leg, written once when it ends (and read by billing).</summary>
/// <param name="SipStatus">The final SIP status of the leg's INVITE (200, 486, 404…), when there was one.</param>
/// <param name="CompanyId">The owner of the flow that handled the leg; null for a leg no flow took (404).</param>
public sealed record CallDetailRecord(
    string CallId,
    string Channel,
    CallDirection Direction,
    string From,
    string To,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset EndedAt,
    CallDisposition Disposition,
    HangUpCause Cause,
    int? SipStatus = null,
    string? CompanyId = null,
    string? FlowId = null,
    string? InstanceId = null,
    string? Trunk = null)
{
    /// <summary>Whole seconds from answer to end; 0 for an unanswered leg.</summary>
    public int BillableSeconds => AnsweredAt is { } answered ? (int)Math.Ceiling(Math.Max(0, (EndedAt - answered).TotalSeconds)) : 0;
}
