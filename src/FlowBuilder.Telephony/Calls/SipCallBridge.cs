using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Bridging;
using FlowBuilder.Telephony.Media.Sessions;

namespace FlowBuilder.Telephony.Calls;

/// <summary>Two legs of <see cref="SipCallControl"/> relaying each other's media, and how the bridge is asked to end.</summary>
internal sealed class SipCallBridge(SipCallLeg first, SipCallLeg second, BridgeOptions options)
{
    public SipCallLeg First { get; } = first;

    public SipCallLeg Second { get; } = second;

    public BridgeOptions Options { get; } = options;

    /// <summary>Completes when a party's transfer request was allowed: who asked, and the target.</summary>
    public TaskCompletionSource<(string CallId, string Target)> Transfer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Ends when the bridge is over (for transfer checks still running).</summary>
    public CancellationTokenSource Over { get; } = new();

    /// <summary>First → second and second → first, with the receivers they were set on; set while connected.</summary>
    public (RtpRelay Relay, RtpReceiver From, SipCallLeg To)[] Relays { get; set; } = [];

    public SipCallLeg Other(SipCallLeg leg) => ReferenceEquals(leg, First) ? Second : First;
}
