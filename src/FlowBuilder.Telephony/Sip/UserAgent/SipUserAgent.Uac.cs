using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

public sealed partial class SipUserAgent
{
    /// <summary>
    /// Places a call: INVITE with an SDP offer, one digest retry on 401/407, CANCEL after
    /// <see cref="SipUserAgentOptions.RingTimeout"/> (no-answer) or when <paramref name="cancellationToken"/> fires (cancelled).
    /// </summary>
    public Task<SipCallResult> CallAsync(SipUri target, CancellationToken cancellationToken = default) =>
        CallAsync(target, SipDialOptions.Default, cancellationToken);

    /// <summary>Places a call as <see cref="CallAsync(SipUri, CancellationToken)"/> does, with per-call identity, route, credentials, RTP port and ring timeout.</summary>
    public Task<SipCallResult> CallAsync(SipUri target, SipDialOptions dial, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dial);
        var offer = _negotiator.CreateOffer(LocalMedia(rtpPort: dial.RtpPort), NewOrigin());
        var attempt = new OutgoingCall(this, target, offer, dial);
        attempt.Start(cancellationToken);
        return attempt.Result;
    }

    internal Task HangUpAsync(SipCall call, CancellationToken cancellationToken) => SendByeAsync(call, SipCallEndCause.LocalHangUp, cancellationToken);

    private async Task SendByeAsync(SipCall call, SipCallEndCause cause, CancellationToken cancellationToken, bool notify = true)
    {
        SipRequest bye;
        lock (_gate)
        {
            if (call.IsEnded) return;
            bye = call.Dialog.CreateRequest(SipMethods.Bye);
        }
        var completion = SendInDialog(call, bye);
        End(call, cause, notify);
        await completion.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<bool> ReinviteAsync(SipCall call, SdpDirection direction, CancellationToken cancellationToken)
    {
        SipRequest invite;
        SdpSession offer;
        lock (_gate)
        {
            if (call.IsEnded) return false;
            offer = _negotiator.CreateOffer(LocalMedia(direction, call.LocalRtpPort), call.LocalSession.Origin.Next());
            invite = call.Dialog.CreateRequest(SipMethods.Invite);
            invite.SetBody("application/sdp", offer.ToString());
        }
        var result = await SendInDialog(call, invite).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (result.Response is not { IsSuccess: true } ok) return false;
        lock (_gate)
        {
            call.Dialog.UpdateRemoteTarget(ok);
            call.LocalSession = offer;
            if (ReadSdp(ok) is { } answer)
            {
                call.RemoteSession = answer;
                call.Audio = _negotiator.ReadAnswer(offer, answer);
            }
        }
        return true;
    }

    internal async Task<bool> SendDtmfAsync(SipCall call, char digit, int durationMs, CancellationToken cancellationToken)
    {
        SipRequest info;
        lock (_gate)
        {
            if (call.IsEnded) return false;
            info = call.Dialog.CreateRequest(SipMethods.Info);
            info.SetBody(SipDtmfRelay.ContentType, SipDtmfRelay.Format(digit, durationMs));
        }
        var result = await SendInDialog(call, info).WaitAsync(cancellationToken).ConfigureAwait(false);
        return result.Response?.IsSuccess == true;
    }

    /// <summary>Sends a request of the dialog; an INVITE's 2xx (and its retransmissions) are acknowledged here.</summary>
    private Task<SipClientResult> SendInDialog(SipCall call, SipRequest request)
    {
        var hop = call.Dialog.NextHop() ?? throw new InvalidOperationException($"The remote target {call.Dialog.RemoteTarget} of dialog {call.Dialog.Id} is not an IP address.");
        var transaction = Layer.CreateClientTransaction(request, hop);
        if (request.Method == SipMethods.Invite)
        {
            var sequence = request.CSeq!.Value.Number;
            transaction.ResponseReceived += (_, response) =>
            {
                if (response.IsSuccess) SendAck(call.Dialog, sequence);
            };
        }
        transaction.Start();
        return transaction.Completion;
    }

    internal void SendAck(SipDialog dialog, long inviteSequence)
    {
        SipRequest ack;
        lock (_gate) ack = dialog.CreateAck(inviteSequence, Layer.Transport.Protocol, Layer.Transport.LocalEndPoint);
        if (dialog.NextHop() is { } hop) _ = Layer.SendAsync(ack, hop).AsTask().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
    }

    internal SipCall Accept(SipDialog dialog, SdpSession offer, SipResponse ok)
    {
        var answer = ReadSdp(ok);
        var call = new SipCall(this, dialog, offer, answer is null ? null : _negotiator.ReadAnswer(offer, answer))
        {
            RemoteSession = answer,
            LocalRtpPort = offer.Media.FirstOrDefault(m => m.Media == "audio")?.Port ?? Options.RtpPort,
        };
        Track(call);
        return call;
    }

    /// <summary>A 2xx that crossed our CANCEL (RFC 3261 §15): acknowledged, then ended with BYE, unseen by the application.</summary>
    internal Task HangUpUnwantedAsync(SipDialog dialog, SdpSession offer, SipResponse ok)
    {
        var call = Accept(dialog, offer, ok);
        return SendByeAsync(call, SipCallEndCause.LocalHangUp, CancellationToken.None, notify: false);
    }
}
