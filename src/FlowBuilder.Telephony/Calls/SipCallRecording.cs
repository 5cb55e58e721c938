using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Recording;
using FlowBuilder.Telephony.Media.Sessions;

namespace FlowBuilder.Telephony.Calls;

/// <summary>A recording running on one leg: the file being written, where it is fed from, and how it stops.</summary>
internal sealed class SipCallRecording(string id, SipCallLeg leg, RecordingRequest request, CallRecorder recorder, DateTimeOffset startedAt)
{
    private int _finishing;

    public string Id { get; } = id;

    public SipCallLeg Leg { get; } = leg;

    public RecordingRequest Request { get; } = request;

    public CallRecorder Recorder { get; } = recorder;

    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>The call the leg was bridged to while recording; first one wins.</summary>
    public string? OtherCallId { get; set; }

    public RtpReceiver? Receiver { get; set; }

    public UdpRtpSink? Socket { get; set; }

    public ITimer? Timer { get; set; }

    public TaskCompletionSource<CallRecording> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True for the one caller that gets to finish it.</summary>
    public bool BeginFinish() => Interlocked.Exchange(ref _finishing, 1) == 0;
}
