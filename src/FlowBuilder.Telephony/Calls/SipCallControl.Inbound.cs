using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    /// <summary>
    /// Takes an inbound INVITE as a ringing call (the caller hears nothing until <see cref="SipIncomingCall.Ring"/>).
    /// Unless answered within <paramref name="answerTimeout"/> (default <see cref="Hosting.SipOptions.AnswerTimeoutSeconds"/>) it is refused with 480;
    /// a CANCEL from the caller ends it as cancelled.
    /// </summary>
    public CallInfo Admit(SipIncomingCall incoming, TimeSpan? answerTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var info = new CallInfo($"{ChannelName}-{Guid.NewGuid():N}", ChannelName, CallDirection.Inbound, UserOf(incoming.From), UserOf(incoming.To), _time.GetUtcNow());
        var leg = Register(info, incoming, trunk: null);
        var timeout = answerTimeout ?? TimeSpan.FromSeconds(Options.AnswerTimeoutSeconds);
        lock (leg.Gate) leg.Timer = _time.CreateTimer(_ => _ = RejectAsync(info.Id, 480, HangUpCause.NoAnswer, CancellationToken.None), null, timeout, Timeout.InfiniteTimeSpan);
        incoming.Cancelled.Register(() =>
        {
            // A CANCEL only counts before the call is up; the stack has already answered the INVITE with 487.
            if (leg.State is SipCallLegState.Ringing or SipCallLegState.Answering) _ = EndAsync(leg, HangUpCause.Cancelled, CallDisposition.Cancelled, 487);
        });
        return info;
    }

    /// <summary>Refuses an INVITE that was never admitted (404 unknown number, 503 over capacity) and writes its CDR.</summary>
    public async ValueTask Refuse(SipIncomingCall incoming, int statusCode, HangUpCause cause, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        incoming.Reject(statusCode, retryAfter);
        var now = _time.GetUtcNow();
        var record = new CallDetailRecord(
            $"{ChannelName}-{Guid.NewGuid():N}", ChannelName, CallDirection.Inbound, UserOf(incoming.From), UserOf(incoming.To), now, null, now,
            CallDisposition.Rejected, cause, statusCode);
        await StoreAsync(record).ConfigureAwait(false);
    }

    /// <summary>Rejects a ringing inbound call with a final status (486, 480, 603…); false when it is no longer ringing.</summary>
    public async ValueTask<bool> RejectAsync(string callId, int statusCode, HangUpCause cause, CancellationToken cancellationToken)
    {
        if (!_legs.TryGetValue(callId, out var leg) || leg.Incoming is null) return false;
        lock (leg.Gate)
        {
            if (leg.State != SipCallLegState.Ringing) return false;
            leg.State = SipCallLegState.Answering;
        }
        leg.Incoming.Reject(statusCode);
        var disposition = cause switch
        {
            HangUpCause.NoAnswer => CallDisposition.NoAnswer,
            HangUpCause.Busy => CallDisposition.Busy,
            _ => CallDisposition.Rejected,
        };
        await EndAsync(leg, cause, disposition, statusCode).ConfigureAwait(false);
        return true;
    }

    public async ValueTask<CallOperationResult> AnswerAsync(string callId, CancellationToken cancellationToken)
    {
        if (!_legs.TryGetValue(callId, out var leg)) return Missing(callId);
        lock (leg.Gate)
        {
            switch (leg.State)
            {
                case SipCallLegState.Answered:
                    return CallOperationResult.Completed;
                case SipCallLegState.Ended:
                    return CallOperationResult.HungUp;
                case SipCallLegState.Dialling:
                    return CallOperationResult.Failed($"Call '{callId}' is an outbound call that has not been answered by the far end; it cannot be answered here.");
                case SipCallLegState.Answering:
                    return CallOperationResult.Failed($"Call '{callId}' is already being answered or refused.");
            }
            leg.State = SipCallLegState.Answering;
            leg.Timer?.Dispose();
            leg.Timer = null;
        }

        UdpRtpSink socket;
        try
        {
            socket = UdpRtpSink.Open(Ports, _rtpBindAddress);
        }
        catch (InvalidOperationException e)
        {
            leg.Incoming!.Reject(503, TimeSpan.FromSeconds(Options.RetryAfterSeconds));
            await EndAsync(leg, HangUpCause.Overloaded, CallDisposition.Rejected, 503).ConfigureAwait(false);
            return CallOperationResult.Failed(e.Message);
        }
        lock (leg.Gate) leg.Socket = socket;

        SipCall? call;
        try
        {
            call = await leg.Incoming!.AnswerAsync(socket.Port, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await HangUpAsync(callId, HangUpCause.Failed, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        if (call is null)
        {
            if (leg.Incoming.Cancelled.IsCancellationRequested || leg.IsEnded) return CallOperationResult.HungUp;
            await EndAsync(leg, HangUpCause.Failed, CallDisposition.Failed, 488).ConfigureAwait(false);
            return CallOperationResult.Failed($"Call '{callId}' could not be answered: no common audio codec (488) or the caller never acknowledged the answer.");
        }
        return Connected(leg, call) ? CallOperationResult.Completed : CallOperationResult.HungUp;
    }

    private static string UserOf(Sip.Messages.SipNameAddress? address) => address?.Uri.User ?? address?.Uri.Host ?? "";
}
