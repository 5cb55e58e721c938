namespace FlowBuilder.Engine.Calls;

/// <summary><see cref="RecordingId"/> when recording started; otherwise <see cref="Status"/> says why not.</summary>
public sealed record RecordingStartResult(CallOperationStatus Status, string? RecordingId = null, string? Error = null);
