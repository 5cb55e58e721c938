namespace FlowBuilder.Engine.Calls;

/// <summary>One recording of a call, stored when it stops.</summary>
/// <param name="Id">Unique; also the file name without <c>.wav</c>.</param>
/// <param name="FilePath">The WAV file (8 kHz, 16-bit PCM; stereo for <see cref="RecordingLegs.Both"/>).</param>
/// <param name="OtherCallId">The call bridged to <paramref name="CallId"/> while recording, when there was one.</param>
public sealed record CallRecording(
    string Id,
    string CallId,
    string Channel,
    RecordingLegs Legs,
    string FilePath,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    long Bytes,
    string? OtherCallId = null,
    string? CompanyId = null,
    string? FlowId = null,
    string? InstanceId = null)
{
    public TimeSpan Duration => EndedAt - StartedAt;
}
