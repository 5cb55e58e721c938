using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Calls;

internal sealed class CallRecordingRow
{
    public string Id { get; set; } = "";
    public string? CompanyId { get; set; }
    public string CallId { get; set; } = "";
    public string? OtherCallId { get; set; }
    public string Channel { get; set; } = "";
    public RecordingLegs Legs { get; set; }
    public string FilePath { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public long Bytes { get; set; }
    public string? FlowId { get; set; }
    public string? InstanceId { get; set; }

    public static CallRecordingRow Of(CallRecording recording) => new CallRecordingRow().CopyFrom(recording);

    public CallRecordingRow CopyFrom(CallRecording recording)
    {
        Id = recording.Id;
        CompanyId = recording.CompanyId;
        CallId = recording.CallId;
        OtherCallId = recording.OtherCallId;
        Channel = recording.Channel;
        Legs = recording.Legs;
        FilePath = recording.FilePath;
        StartedAt = recording.StartedAt;
        EndedAt = recording.EndedAt;
        Bytes = recording.Bytes;
        FlowId = recording.FlowId;
        InstanceId = recording.InstanceId;
        return this;
    }

    public CallRecording ToRecording() => new(Id, CallId, Channel, Legs, FilePath, StartedAt, EndedAt, Bytes, OtherCallId, CompanyId, FlowId, InstanceId);
}
