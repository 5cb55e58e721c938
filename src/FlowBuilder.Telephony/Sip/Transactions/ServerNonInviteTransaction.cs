using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.2.2 (Figure 8): Trying → Proceeding → Completed → Terminated, timer J.</summary>
public sealed class ServerNonInviteTransaction : SipServerTransaction
{
    internal ServerNonInviteTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
        : base(layer, key, request, remote)
    {
        State = SipTransactionState.Trying;
    }

    private protected override bool OnRespond(SipResponse response)
    {
        if (State is not (SipTransactionState.Trying or SipTransactionState.Proceeding)) return false;
        if (response.IsProvisional)
        {
            State = SipTransactionState.Proceeding;
            SendResponse(response);
            return true;
        }
        State = SipTransactionState.Completed;
        SendResponse(response);
        if (IsReliable) Terminate();
        else StartTimer(SipTimer.J, Timers.TransactionTimeout);
        return true;
    }

    private protected override void OnRequest(SipRequest request)
    {
        if (State is SipTransactionState.Proceeding or SipTransactionState.Completed) Resend();
    }

    private protected override void OnTimer(SipTimer timer)
    {
        if (timer == SipTimer.J && State == SipTransactionState.Completed) Terminate();
    }
}
