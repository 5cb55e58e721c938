using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Calls;

internal sealed class CallRecordRow
{
    public string CallId { get; set; } = "";
    public string? CompanyId { get; set; }
    public string Channel { get; set; } = "";
    public CallDirection Direction { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public CallDisposition Disposition { get; set; }
    public HangUpCause Cause { get; set; }
    public int? SipStatus { get; set; }
    public string? FlowId { get; set; }
    public string? InstanceId { get; set; }
    public string? Trunk { get; set; }
    public int BillableSeconds { get; set; }

    public static CallRecordRow Of(CallDetailRecord record) => new CallRecordRow().CopyFrom(record);

    public CallRecordRow CopyFrom(CallDetailRecord record)
    {
        CallId = record.CallId;
        CompanyId = record.CompanyId;
        Channel = record.Channel;
        Direction = record.Direction;
        From = record.From;
        To = record.To;
        StartedAt = record.StartedAt;
        AnsweredAt = record.AnsweredAt;
        EndedAt = record.EndedAt;
        Disposition = record.Disposition;
        Cause = record.Cause;
        SipStatus = record.SipStatus;
        FlowId = record.FlowId;
        InstanceId = record.InstanceId;
        Trunk = record.Trunk;
        BillableSeconds = record.BillableSeconds;
        return this;
    }

    public CallDetailRecord ToRecord() => new(
        CallId, Channel, Direction, From, To, StartedAt, AnsweredAt, EndedAt, Disposition, Cause, SipStatus, CompanyId, FlowId, InstanceId, Trunk);
}
