using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

public sealed partial class SipUserAgent
{
    /// <summary>The peer asked, in a call's dialog, to transfer (REFER with a SIP Refer-To); answer through the argument.
    /// Without a handler the REFER is refused with 403.</summary>
    public event Action<SipReferRequest>? ReferReceived;

    /// <summary>A NOTIFY of a REFER we sent reported progress: the sipfrag's status code (100, 180, 200, 486…).</summary>
    public event Action<SipCall, int>? ReferProgress;

    /// <summary>Sends REFER with <paramref name="target"/> as Refer-To; returns the final status, null when nothing answered.</summary>
    internal async Task<int?> ReferAsync(SipCall call, SipUri target, SipUri? referredBy, CancellationToken cancellationToken)
    {
        SipRequest refer;
        lock (_gate)
        {
            if (call.IsEnded) return null;
            refer = call.Dialog.CreateRequest(SipMethods.Refer);
            refer.Headers.Add(SipHeaderNames.ReferTo, new SipNameAddress(target).ToString());
            refer.Headers.Add("Referred-By", new SipNameAddress(referredBy ?? call.Dialog.LocalParty.Uri).ToString());
            refer.Headers.Add(SipHeaderNames.UserAgent, Options.UserAgentName);
        }
        var result = await SendInDialog(call, refer).WaitAsync(cancellationToken).ConfigureAwait(false);
        return result.Response?.StatusCode;
    }

    internal async Task<bool> SendReferNotifyAsync(SipCall call, int statusCode, string reasonPhrase, CancellationToken cancellationToken)
    {
        SipRequest notify;
        lock (_gate)
        {
            if (call.IsEnded) return false;
            notify = call.Dialog.CreateRequest(SipMethods.Notify);
            notify.Headers.Add(SipHeaderNames.Event, "refer");
            notify.Headers.Add("Subscription-State", statusCode < 200 ? "active;expires=60" : "terminated;reason=noresource");
            notify.SetBody(SipFragment.ContentType, SipFragment.Format(statusCode, reasonPhrase));
        }
        var result = await SendInDialog(call, notify).WaitAsync(cancellationToken).ConfigureAwait(false);
        return result.Response?.IsSuccess == true;
    }

    private void OnRefer(SipCall call, SipServerTransaction transaction)
    {
        var request = transaction.Request;
        if (request.Headers.GetValues(SipHeaderNames.ReferTo) is not [var referTo]
            || !SipNameAddress.TryParse(referTo, out var target)
            || target.Uri.Scheme is not (SipUriScheme.Sip or SipUriScheme.Sips))
        {
            transaction.Respond(request.CreateResponse(400, "Refer-To must be one SIP URI"));
            return;
        }
        var refer = new SipReferRequest(this, call, transaction, target.Uri);
        if (ReferReceived is null)
        {
            refer.Refuse(403, "Transfer is not possible on this call");
            return;
        }
        ReferReceived.Invoke(refer);
    }

    private void OnNotify(SipCall call, SipServerTransaction transaction)
    {
        var request = transaction.Request;
        var eventName = request.Headers[SipHeaderNames.Event]?.Split(';')[0].Trim();
        if (!string.Equals(eventName, "refer", StringComparison.OrdinalIgnoreCase))
        {
            transaction.Respond(request.CreateResponse(489, "Bad Event"));
            return;
        }
        if (!SipFragment.TryParseStatus(request.BodyText, out var status))
        {
            transaction.Respond(request.CreateResponse(400, "NOTIFY of refer needs a message/sipfrag status line"));
            return;
        }
        transaction.Respond(request.CreateResponse(200));
        ReferProgress?.Invoke(call, status);
    }
}
