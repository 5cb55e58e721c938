using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Server.Recordings;

/// <summary>A call recording; fetch its WAV at <c>downloadUrl</c>. <c>legs</c> is <c>caller</c> (mono) or <c>both</c> (stereo).</summary>
internal sealed record RecordingView(
    string Id,
    string CallId,
    string? OtherCallId,
    string Legs,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DurationSeconds,
    long Bytes,
    string? FlowId,
    string? InstanceId,
    string DownloadUrl)
{
    public static RecordingView From(CallRecording recording) => new(
        recording.Id,
        recording.CallId,
        recording.OtherCallId,
        recording.Legs == RecordingLegs.Both ? "both" : "caller",
        recording.StartedAt,
        recording.EndedAt,
        Math.Round(recording.Duration.TotalSeconds, 3),
        recording.Bytes,
        recording.FlowId,
        recording.InstanceId,
        $"/api/recordings/{Uri.EscapeDataString(recording.Id)}/audio");
}
