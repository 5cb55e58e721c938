using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Bridging;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    /// <summary>
    /// Relays media between two answered calls on the receive loop (see <see cref="RtpRelay"/>): each leg's paced stream is
    /// suspended, its prompts cancelled, and resumes (sequence continued, marker set) when the bridge ends. The calls stay up
    /// when one of them ends, a party's REFER is allowed, or <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async ValueTask<BridgeResult> BridgeAsync(string callId, string otherCallId, BridgeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callId);
        ArgumentNullException.ThrowIfNull(otherCallId);
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(callId, otherCallId, StringComparison.Ordinal)) return BridgeResult.Failed($"Call '{callId}' cannot be bridged to itself: give two different calls.");
        if (!_legs.TryGetValue(callId, out var a)) return BridgeResult.Failed(NotBridgeable(callId));
        if (!_legs.TryGetValue(otherCallId, out var b)) return BridgeResult.Failed(NotBridgeable(otherCallId));

        var bridge = new SipCallBridge(a, b, options);
        var (lower, upper) = string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a);
        lock (lower.Gate)
        {
            lock (upper.Gate)
            {
                if ((BridgeRefusal(a) ?? BridgeRefusal(b)) is { } refusal) return BridgeResult.Failed(refusal);
                a.Bridge = b.Bridge = bridge;
                bridge.Relays = [Connect(a, b), Connect(b, a)];
                if (a.Recording is { } first) first.OtherCallId ??= b.Id;
                if (b.Recording is { } second) second.OtherCallId ??= a.Id;
            }
        }
        a.Stream?.StopPrompts();
        b.Stream?.StopPrompts();
        _logger.LogInformation("Bridged {CallId} and {OtherCallId}", a.Id, b.Id);

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cancelled = Task.Delay(Timeout.Infinite, wait.Token);
        await Task.WhenAny(a.Ended, b.Ended, bridge.Transfer.Task, cancelled).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        Disconnect(bridge);

        if (a.IsEnded || b.IsEnded)
        {
            var ended = a.IsEnded ? a : b;
            return new BridgeResult(BridgeStatus.HungUp, ended.Id, ended.EndCause ?? HangUpCause.Failed);
        }
        if (bridge.Transfer.Task.IsCompletedSuccessfully)
        {
            var (asked, target) = bridge.Transfer.Task.Result;
            return new BridgeResult(BridgeStatus.TransferRequested, asked, TransferTarget: target);
        }
        return BridgeResult.Unbridged;
    }

    /// <summary>Media relayed from a call to the calls it was bridged to, over all its bridges; null for an unknown call.</summary>
    public BridgeCounters? BridgeCounters(string callId) =>
        _legs.TryGetValue(callId, out var leg) ? leg.Relayed.Snapshot() : null;

    /// <summary>Under both legs' locks.</summary>
    private static string? BridgeRefusal(SipCallLeg leg) => leg switch
    {
        { IsEnded: true } => $"Call '{leg.Id}' has ended and cannot be bridged.",
        { State: not SipCallLegState.Answered } => $"Call '{leg.Id}' is not answered: answer it (or wait for the dialled party to answer) before bridging.",
        { Bridge: { } bridge } => $"Call '{leg.Id}' is already bridged to '{bridge.Other(leg).Id}': end that bridge first.",
        { Stream: null } or { Receiver: null } or { Socket: null } or { Call.Audio: null } => $"Call '{leg.Id}' has no audio stream to bridge (no codec was agreed).",
        _ => null,
    };

    private string NotBridgeable(string callId) =>
        _ended.Find(callId) is null ? UnknownCall(callId) : $"Call '{callId}' has ended and cannot be bridged.";

    /// <summary>Under both legs' locks: <paramref name="from"/>'s packets go out on <paramref name="to"/>'s stream.</summary>
    private static (RtpRelay, Media.Sessions.RtpReceiver, SipCallLeg) Connect(SipCallLeg from, SipCallLeg to)
    {
        var position = to.Stream!.Suspend();
        var format = new RtpRelayFormat(
            from.Stream!.Options.Codec, EventType(from.Call!.Audio), to.Stream.Options.Codec, EventType(to.Call!.Audio), to.Stream.Options.Ssrc);
        var relay = new RtpRelay(to.Socket!, to.Stream.Options.Remote, format, position, from.Relayed);
        from.Receiver!.Relay = relay;
        return (relay, from.Receiver, to);
    }

    private static byte? EventType(Sdp.SdpAudioSelection? audio) => audio?.TelephoneEventPayloadType is { } type ? (byte)type : null;

    /// <summary>Stops both relays; a leg still up gets its paced stream back, continuing the relay's sequence numbers.</summary>
    private static void Disconnect(SipCallBridge bridge)
    {
        foreach (var (relay, from, to) in bridge.Relays)
        {
            from.Relay = null;
            var next = relay.Stop();
            lock (to.Gate)
            {
                if (!to.IsEnded) to.Stream?.Resume(next);
            }
        }
        foreach (var leg in new[] { bridge.First, bridge.Second })
        {
            lock (leg.Gate)
            {
                if (ReferenceEquals(leg.Bridge, bridge)) leg.Bridge = null;
            }
        }
        bridge.Over.Cancel();
        bridge.Transfer.TrySetCanceled();
    }

    /// <summary>An inbound REFER: allowed only during a bridge and when the bridge's <see cref="BridgeOptions.CheckTransfer"/> says so.</summary>
    private void OnReferReceived(SipReferRequest refer)
    {
        SipCallBridge? bridge = null;
        if (_bySipCall.TryGetValue(refer.Call, out var leg))
        {
            lock (leg.Gate) bridge = leg.Bridge;
        }
        if (leg is null || bridge is null)
        {
            refer.Refuse(403, "Transfer is only possible during a bridged call");
            return;
        }
        _ = DecideTransferAsync(leg, bridge, refer);
    }

    private async Task DecideTransferAsync(SipCallLeg leg, SipCallBridge bridge, SipReferRequest refer)
    {
        var target = refer.Target.User is { Length: > 0 } user ? Uri.UnescapeDataString(user) : refer.Target.ToString();
        string? reason;
        try
        {
            reason = bridge.Options.CheckTransfer is { } check
                ? await check(leg.Id, target, bridge.Over.Token).ConfigureAwait(false)
                : "Transfers are not allowed on this call";
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Call {CallId}: checking the transfer to {Target} failed", leg.Id, target);
            reason = "The transfer could not be checked";
        }
        try
        {
            if (reason is not null)
            {
                refer.Refuse(403, reason);
                return;
            }
            if (bridge.Over.IsCancellationRequested || !bridge.Transfer.TrySetResult((leg.Id, target)))
            {
                refer.Refuse(403, "Transfer is only possible during a bridged call");
                return;
            }
            _logger.LogInformation("Call {CallId} asked to transfer its bridge to {Target}", leg.Id, target);
            // The bridge owner takes it from here (dials the target, re-bridges the other party): for the referrer it is done.
            await refer.AcceptAsync(CancellationToken.None).ConfigureAwait(false);
            await refer.NotifyAsync(200, "OK", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            _logger.LogWarning(e, "Call {CallId}: answering the REFER failed", leg.Id);
        }
    }
}
