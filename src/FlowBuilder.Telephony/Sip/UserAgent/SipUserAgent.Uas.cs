using System.Globalization;
using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

public sealed partial class SipUserAgent
{
    private readonly Dictionary<SipDialogId, PendingAnswer> _pending = [];

    private void OnInvite(ServerInviteTransaction transaction)
    {
        var incoming = new SipIncomingCall(this, transaction, ReadSdp(transaction.Request));
        if (IncomingCall is null)
        {
            Reject(incoming, 480, null);
            return;
        }
        IncomingCall.Invoke(incoming);
    }

    internal bool Ring(SipIncomingCall incoming, bool earlyMedia)
    {
        var response = WithTag(incoming.Invite.CreateResponse(earlyMedia ? 183 : 180), incoming.LocalTag);
        response.Contact = new SipNameAddress(Contact);
        if (earlyMedia && incoming.Offer is { } offer)
        {
            var answer = _negotiator.Answer(offer, LocalMedia(), NewOrigin());
            if (answer.IsAcceptable) response.SetBody("application/sdp", answer.Session.ToString());
        }
        return incoming.Transaction.Respond(response);
    }

    internal bool Reject(SipIncomingCall incoming, int statusCode, TimeSpan? retryAfter)
    {
        if (statusCode < 300) throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A rejection is a final status of 300 or more.");
        var response = WithTag(incoming.Invite.CreateResponse(statusCode), incoming.LocalTag);
        if (retryAfter is { } after) response.Headers.Add("Retry-After", Seconds(after));
        return incoming.Transaction.Respond(response);
    }

    internal bool Reject(SipIncomingCall incoming, SipResponse response)
    {
        if (response.StatusCode < 300) throw new ArgumentOutOfRangeException(nameof(response), response.StatusCode, "A rejection is a final status of 300 or more.");
        return incoming.Transaction.Respond(WithTag(response, incoming.LocalTag));
    }

    internal Task<SipCall?> AnswerAsync(SipIncomingCall incoming, int? rtpPort, CancellationToken cancellationToken)
    {
        var port = rtpPort ?? Options.RtpPort;
        if (incoming.Cancelled.IsCancellationRequested) return Task.FromResult<SipCall?>(null);
        var origin = NewOrigin();
        SdpSession local;
        SdpAudioSelection? audio = null;
        if (incoming.Offer is { } offer)
        {
            var answer = _negotiator.Answer(offer, LocalMedia(rtpPort: port), origin);
            if (!answer.IsAcceptable)
            {
                Reject(incoming, 488, null);
                return Task.FromResult<SipCall?>(null);
            }
            local = answer.Session;
            audio = answer.Audio;
        }
        else
        {
            local = _negotiator.CreateOffer(LocalMedia(rtpPort: port), origin);
        }

        var ok = WithTag(incoming.Invite.CreateResponse(200), incoming.LocalTag);
        ok.Contact = new SipNameAddress(Contact);
        ok.Headers.Add(SipHeaderNames.Allow, AllowedMethods);
        ok.SetBody("application/sdp", local.ToString());
        var dialog = SipDialog.ForUas(incoming.Invite, incoming.LocalTag, Contact);
        var call = new SipCall(this, dialog, local, audio) { RemoteSession = incoming.Offer, LocalRtpPort = port };
        var pending = new PendingAnswer(incoming.Transaction, ok, call, offerInAnswer: incoming.Offer is null);
        lock (_gate)
        {
            if (!incoming.Transaction.Respond(ok)) return Task.FromResult<SipCall?>(null);
            _calls[dialog.Id] = call;
            _pending[dialog.Id] = pending;
            ScheduleRetransmission(pending, Layer.Timers.T1);
        }
        if (cancellationToken.CanBeCanceled) cancellationToken.Register(() => pending.Done.TrySetCanceled(cancellationToken));
        return pending.Done.Task;
    }

    private void OnReinvite(SipCall call, ServerInviteTransaction transaction)
    {
        var request = transaction.Request;
        if (ReadSdp(request) is not { } offer)
        {
            transaction.Respond(request.CreateResponse(488));
            return;
        }
        var answer = _negotiator.Answer(offer, LocalMedia(rtpPort: call.LocalRtpPort), call.LocalSession.Origin.Next());
        if (!answer.IsAcceptable)
        {
            transaction.Respond(request.CreateResponse(488));
            return;
        }
        var ok = request.CreateResponse(200);
        ok.Contact = new SipNameAddress(Contact);
        ok.SetBody("application/sdp", answer.Session.ToString());
        var pending = new PendingAnswer(transaction, ok, call, offerInAnswer: false);
        lock (_gate)
        {
            call.Dialog.UpdateRemoteTarget(request);
            call.RemoteSession = offer;
            call.LocalSession = answer.Session;
            call.Audio = answer.Audio;
            if (!transaction.Respond(ok)) return;
            StopRetransmissions(call.Dialog.Id);
            _pending[call.Dialog.Id] = pending;
            ScheduleRetransmission(pending, Layer.Timers.T1);
        }
        CallUpdated?.Invoke(call);
    }

    private void OnAck(SipRequest ack)
    {
        PendingAnswer? pending = null;
        lock (_gate)
        {
            if (SipDialog.IdOf(ack) is { } id
                && _pending.TryGetValue(id, out var found)
                && ack.CSeq?.Number == found.Transaction.Request.CSeq?.Number)
            {
                pending = found;
                _pending.Remove(id);
                pending.Timer?.Dispose();
                var call = pending.Call;
                call.Dialog.Confirm();
                if (pending.OfferInAnswer && ReadSdp(ack) is { } answer)
                {
                    call.RemoteSession = answer;
                    call.Audio = _negotiator.ReadAnswer(call.LocalSession, answer);
                }
            }
        }
        pending?.Done.TrySetResult(pending.Call);
    }

    /// <summary>RFC 3261 §13.3.1.4: the 2xx again at T1, doubling to T2, until the ACK or 64·T1, after which the call ends with BYE.</summary>
    private void ScheduleRetransmission(PendingAnswer pending, TimeSpan interval)
    {
        pending.Timer?.Dispose();
        pending.Timer = Time.CreateTimer(_ => Retransmit(pending, interval), null, interval, Timeout.InfiniteTimeSpan);
    }

    private void Retransmit(PendingAnswer pending, TimeSpan interval)
    {
        var giveUp = false;
        lock (_gate)
        {
            if (!_pending.TryGetValue(pending.Call.Dialog.Id, out var current) || current != pending) return;
            pending.Elapsed += interval;
            if (pending.Elapsed >= Layer.Timers.TransactionTimeout || !pending.Transaction.Respond(pending.Response))
            {
                _pending.Remove(pending.Call.Dialog.Id);
                pending.Timer?.Dispose();
                giveUp = true;
            }
            else
            {
                ScheduleRetransmission(pending, interval * 2 < Layer.Timers.T2 ? interval * 2 : Layer.Timers.T2);
            }
        }
        if (!giveUp) return;
        pending.Done.TrySetResult(null);
        if (!pending.Call.IsEnded) _ = SendByeAsync(pending.Call, SipCallEndCause.Timeout, CancellationToken.None);
    }

    private void StopRetransmissions(SipDialogId id)
    {
        if (_pending.Remove(id, out var pending))
        {
            pending.Timer?.Dispose();
            pending.Done.TrySetResult(null);
        }
    }

    private sealed class PendingAnswer(ServerInviteTransaction transaction, SipResponse response, SipCall call, bool offerInAnswer)
    {
        public ServerInviteTransaction Transaction { get; } = transaction;

        public SipResponse Response { get; } = response;

        public SipCall Call { get; } = call;

        public bool OfferInAnswer { get; } = offerInAnswer;

        public TaskCompletionSource<SipCall?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ITimer? Timer { get; set; }

        public TimeSpan Elapsed { get; set; }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"2xx to CSeq {Transaction.Request.CSeq}");
    }
}
