using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.1.2 (Figure 6): Trying → Proceeding → Completed → Terminated, timers E, F, K.</summary>
public sealed class ClientNonInviteTransaction : SipClientTransaction
{
    private TimeSpan _retransmitInterval;

    internal ClientNonInviteTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
        : base(layer, key, request, remote)
    {
        State = SipTransactionState.Trying;
    }

    private protected override void OnStart()
    {
        Send(RequestBytes);
        if (!IsReliable)
        {
            _retransmitInterval = Timers.T1;
            StartTimer(SipTimer.E, _retransmitInterval);
        }
        StartTimer(SipTimer.F, Timers.TransactionTimeout);
    }

    private protected override void OnResponse(SipResponse response)
    {
        if (State is not (SipTransactionState.Trying or SipTransactionState.Proceeding)) return;
        if (response.IsProvisional)
        {
            State = SipTransactionState.Proceeding;
            PassUp(response);
            return;
        }
        State = SipTransactionState.Completed;
        StopTimer(SipTimer.E);
        StopTimer(SipTimer.F);
        PassUp(response);
        if (IsReliable) Terminate();
        else StartTimer(SipTimer.K, Timers.T4);
    }

    private protected override void OnTimer(SipTimer timer)
    {
        switch (timer)
        {
            case SipTimer.E when State is SipTransactionState.Trying or SipTransactionState.Proceeding:
                Send(RequestBytes);
                _retransmitInterval = State == SipTransactionState.Proceeding
                    ? Timers.T2
                    : TimeSpan.FromTicks(Math.Min(_retransmitInterval.Ticks * 2, Timers.T2.Ticks));
                StartTimer(SipTimer.E, _retransmitInterval);
                break;
            case SipTimer.F when State is SipTransactionState.Trying or SipTransactionState.Proceeding:
                Fail(SipTransactionFailure.Timeout);
                break;
            case SipTimer.K when State == SipTransactionState.Completed:
                Terminate();
                break;
        }
    }
}
