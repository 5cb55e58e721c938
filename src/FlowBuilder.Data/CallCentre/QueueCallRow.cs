using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.CallCentre;

internal sealed class QueueCallRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string Queue { get; set; } = "";
    public string CallId { get; set; } = "";
    public string Caller { get; set; } = "";
    public DateTimeOffset EnteredAt { get; set; }
    public DateTimeOffset LeftAt { get; set; }
    public QueueCallResult Result { get; set; }
    public string? AgentId { get; set; }
    public DateTimeOffset? TalkEndedAt { get; set; }

    public static QueueCallRow Of(QueueCallRecord record) => new QueueCallRow().CopyFrom(record);

    public QueueCallRow CopyFrom(QueueCallRecord record)
    {
        Id = record.Id;
        CompanyId = record.CompanyId;
        Queue = record.Queue;
        CallId = record.CallId;
        Caller = record.Caller;
        EnteredAt = record.EnteredAt;
        LeftAt = record.LeftAt;
        Result = record.Result;
        AgentId = record.AgentId;
        TalkEndedAt = record.TalkEndedAt;
        return this;
    }

    public QueueCallRecord ToRecord() => new(Id, CompanyId, Queue, CallId, Caller, EnteredAt, LeftAt, Result, AgentId, TalkEndedAt);
}
