using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>The CDR of a leg as the request pages show it.</summary>
internal sealed record CallRecordView(
    string CallId,
    string From,
    string To,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset EndedAt,
    CallDisposition Disposition,
    HangUpCause Cause,
    int? SipStatus,
    int BillableSeconds)
{
    public static CallRecordView Of(CallDetailRecord record) => new(record.CallId, record.From, record.To, record.StartedAt, record.AnsweredAt,
        record.EndedAt, record.Disposition, record.Cause, record.SipStatus, record.BillableSeconds);
}
