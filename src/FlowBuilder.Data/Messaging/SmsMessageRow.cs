using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Data.Messaging;

/// <summary>One text message; parts and history are JSON, and <see cref="SmsMessagePartRow"/> finds a message by a part's network id.</summary>
internal sealed class SmsMessageRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public SmsDirection Direction { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string Text { get; set; } = "";
    public string Encoding { get; set; } = "";
    public SmsStatus Status { get; set; }
    public string PartsJson { get; set; } = "[]";
    public string? Error { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? InstanceId { get; set; }
    public string? NodeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string HistoryJson { get; set; } = "[]";

    public static SmsMessageRow Of(SmsMessage message) => new SmsMessageRow { Id = message.Id }.CopyFrom(message);

    public SmsMessageRow CopyFrom(SmsMessage message)
    {
        CompanyId = message.CompanyId;
        Direction = message.Direction;
        From = message.From;
        To = message.To;
        Text = message.Text;
        Encoding = message.Encoding;
        Status = message.Status;
        PartsJson = ColumnJson.Write(message.Parts);
        Error = message.Error;
        Attempts = message.Attempts;
        NextAttemptAt = message.NextAttemptAt;
        InstanceId = message.InstanceId;
        NodeId = message.NodeId;
        CreatedAt = message.CreatedAt;
        UpdatedAt = message.UpdatedAt;
        HistoryJson = ColumnJson.Write(message.History);
        return this;
    }

    public SmsMessage ToMessage() => new(Id, CompanyId, Direction, From, To, Text, Encoding, Status, ColumnJson.Read<List<SmsPart>>(PartsJson), Error, Attempts,
        NextAttemptAt, InstanceId, NodeId, CreatedAt, UpdatedAt, ColumnJson.Read<List<SmsStatusChange>>(HistoryJson));
}
