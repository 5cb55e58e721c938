using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    public async ValueTask<CallOperationResult> PlayAsync(string callId, Prompt prompt, bool stopOnDigit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!_legs.TryGetValue(callId, out var leg)) return Missing(callId);
        PacedStream? stream;
        lock (leg.Gate)
        {
            if (leg.IsEnded) return CallOperationResult.HungUp;
            if (leg.State != SipCallLegState.Answered) return CallOperationResult.Failed($"Call '{callId}' is not answered yet: answer it before playing prompts.");
            if (leg.Bridge is { } bridge) return CallOperationResult.Failed($"Call '{callId}' is bridged to '{bridge.Other(leg).Id}': end the bridge before playing prompts.");
            stream = leg.Stream;
        }
        var rendered = await _prompts.RenderAsync(prompt, stream?.Options.Codec ?? G711Codec.Pcmu, cancellationToken).ConfigureAwait(false);
        if (!rendered.Succeeded) return CallOperationResult.Failed(rendered.FailureReason);
        if (leg.IsEnded) return CallOperationResult.HungUp;
        if (stopOnDigit && leg.Digits.Count > 0) return CallOperationResult.Interrupted;
        if (stream is null) return CallOperationResult.Completed;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var playing = stream.Play(rendered.Frames);
        var digit = stopOnDigit ? leg.Digits.WaitForAnyAsync(stop.Token) : Task.Delay(Timeout.Infinite, stop.Token);
        var cancelled = Task.Delay(Timeout.Infinite, stop.Token);
        var first = await Task.WhenAny(playing, digit, leg.Ended, cancelled).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        if (first == playing && playing.Result == PromptOutcome.Finished) return CallOperationResult.Completed;
        if (leg.IsEnded) return CallOperationResult.HungUp;
        stream.StopPrompts();
        cancellationToken.ThrowIfCancellationRequested();
        return CallOperationResult.Interrupted;
    }

    /// <summary>RTP counters of an answered call, so far or (for a call that ended recently) final; null for an unknown
    /// or never-answered call.</summary>
    public SipCallMediaCounters? MediaCounters(string callId) =>
        _legs.TryGetValue(callId, out var leg) ? CountersOf(leg) : _ended.Media(callId);

    private static SipCallMediaCounters? CountersOf(SipCallLeg leg)
    {
        lock (leg.Gate)
        {
            return leg.Receiver is { } receiver && leg.Socket is { } socket ? new SipCallMediaCounters(receiver.Packets, socket.SentPackets) : null;
        }
    }

    /// <summary>The call is up: media starts, the media timeout runs. False when it ended meanwhile (then it is hung up).</summary>
    private bool Connected(SipCallLeg leg, SipCall call)
    {
        _bySipCall[call] = leg;
        var now = _time.GetUtcNow();
        lock (leg.Gate)
        {
            leg.Call = call;
            if (leg.State != SipCallLegState.Ended && !call.IsEnded)
            {
                leg.State = SipCallLegState.Answered;
                leg.Info = leg.Info with { AnsweredAt = now };
                leg.MediaSeenAt = now;
                StartMedia(leg, call.Audio);
                return true;
            }
        }
        if (call.IsEnded) _ = EndAsync(leg, HangUpCause.RemoteHangUp, null, null);
        else _ = HangUpSipAsync(call);
        return false;
    }

    /// <summary>Under the leg's lock: the paced stream out, the receiver in, and the media timeout check.</summary>
    private void StartMedia(SipCallLeg leg, SdpAudioSelection? audio)
    {
        if (leg.Socket is not { } socket || audio?.RemoteRtp is not { } remote) return;
        var codec = string.Equals(audio.Codec.EncodingName, "PCMA", StringComparison.OrdinalIgnoreCase) ? G711Codec.Pcma : G711Codec.Pcmu;
        leg.Stream = Pacer.AddStream(new PacedStreamOptions((uint)Random.Shared.NextInt64(1, uint.MaxValue), codec, remote) { Sink = socket });
        var receiver = new RtpReceiver(socket, new RtpReceiverOptions
        {
            Remote = remote,
            Codec = codec,
            TelephoneEventPayloadType = audio.TelephoneEventPayloadType is { } type ? (byte)type : null,
            DetectInbandDtmf = audio.TelephoneEventPayloadType is null,
        }, _time);
        receiver.DigitReceived += (_, digit) => leg.Digits.Add(digit.Digit);
        receiver.StartOn(NextReceiveLoop());
        leg.Receiver = receiver;
        var timeout = TimeSpan.FromSeconds(Options.MediaTimeoutSeconds);
        var period = timeout < TimeSpan.FromSeconds(1) ? timeout : TimeSpan.FromSeconds(1);
        leg.Timer = _time.CreateTimer(_ => CheckMedia(leg, timeout), null, period, period);
    }

    private void CheckMedia(SipCallLeg leg, TimeSpan timeout)
    {
        DateTimeOffset? seen;
        lock (leg.Gate)
        {
            if (leg.State != SipCallLegState.Answered) return;
            // A peer that holds the call (sendonly/inactive towards us) sends no RTP on purpose.
            if (leg.Call?.Audio?.Direction is SdpDirection.SendOnly or SdpDirection.Inactive) leg.MediaSeenAt = _time.GetUtcNow();
            seen = leg.Receiver?.LastPacketAt is { } packet && packet > leg.MediaSeenAt ? packet : leg.MediaSeenAt;
        }
        if (seen is { } last && _time.GetUtcNow() - last >= timeout)
        {
            _logger.LogInformation("Call {CallId}: no RTP for {Seconds} s, hanging up", leg.Id, timeout.TotalSeconds);
            _ = HangUpAsync(leg.Id, HangUpCause.MediaTimeout, CancellationToken.None).AsTask();
        }
    }

    /// <summary>Stops a leg's media and returns its port; safe to call more than once.</summary>
    private static async ValueTask StopMediaAsync(SipCallLeg leg)
    {
        PacedStream? stream;
        RtpReceiver? receiver;
        UdpRtpSink? socket;
        lock (leg.Gate)
        {
            leg.Timer?.Dispose();
            leg.Timer = null;
            (stream, receiver, socket) = (leg.Stream, leg.Receiver, leg.Socket);
            (leg.Stream, leg.Receiver, leg.Socket) = (null, null, null);
        }
        stream?.Dispose();
        if (receiver is not null) await receiver.DisposeAsync().ConfigureAwait(false);
        socket?.Dispose();
    }
}
