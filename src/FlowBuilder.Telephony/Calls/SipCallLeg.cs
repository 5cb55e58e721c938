using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Bridging;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Calls;

/// <summary>One call leg of <see cref="SipCallControl"/>: its SIP side, its media, its digits and what its CDR will say.</summary>
internal sealed class SipCallLeg(CallInfo info, SipIncomingCall? incoming, string? trunk)
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Lock Gate { get; } = new();

    public string Id => Info.Id;

    /// <summary>What flows see; replaced when the call is answered.</summary>
    public CallInfo Info { get; set; } = info;

    public SipCallLegState State { get; set; } = incoming is null ? SipCallLegState.Dialling : SipCallLegState.Ringing;

    public SipIncomingCall? Incoming { get; } = incoming;

    /// <summary>The trunk the call went out on; changes when an outbound route fails over.</summary>
    public string? Trunk { get; set; } = trunk;

    public CallOwner? Owner { get; set; }

    public SipCall? Call { get; set; }

    /// <summary>Cancels an outbound INVITE (CANCEL) when the flow hangs up before answer.</summary>
    public CancellationTokenSource DialCancellation { get; } = new();

    /// <summary>The cause a hang-up during dialling asked for.</summary>
    public HangUpCause? DialHangUpCause { get; set; }

    public DigitQueue Digits { get; } = new(SipCallControl.DigitCapacity);

    public UdpRtpSink? Socket { get; set; }

    public PacedStream? Stream { get; set; }

    public RtpReceiver? Receiver { get; set; }

    /// <summary>The answer timeout of a ringing inbound call, then the media timeout of the answered call.</summary>
    public ITimer? Timer { get; set; }

    public DateTimeOffset? MediaSeenAt { get; set; }

    /// <summary>The bridge this leg is in; null when it is not bridged.</summary>
    public SipCallBridge? Bridge { get; set; }

    /// <summary>Why the leg ended; set by EndAsync before <see cref="Ended"/> completes.</summary>
    public HangUpCause? EndCause { get; set; }

    /// <summary>Packets relayed from this leg to the legs it was bridged to.</summary>
    public RelayCounters Relayed { get; } = new();

    /// <summary>The status of the final NOTIFY of a REFER we sent (TransferAsync); null when no transfer is under way.</summary>
    public TaskCompletionSource<int>? PendingTransfer { get; set; }

    /// <summary>The recording running on this leg; null for none.</summary>
    public SipCallRecording? Recording { get; set; }

    /// <summary>Completes when the leg has ended.</summary>
    public Task Ended => _ended.Task;

    public bool IsEnded => State == SipCallLegState.Ended;

    public void MarkEnded() => _ended.TrySetResult();
}
