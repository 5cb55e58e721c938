using System.Net;
using System.Security.Cryptography;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// RFC 3261 §17.2.1 (Figure 7) with RFC 6026: Proceeding (100 Trying sent at once) → Completed (non-2xx,
/// retransmitted on timer G until ACK) → Confirmed, or Accepted (2xx; the TU retransmits it through
/// <see cref="SipServerTransaction.Respond"/>) → Terminated; timers G, H, I, L.
/// </summary>
public sealed class ServerInviteTransaction : SipServerTransaction
{
    private TimeSpan _retransmitInterval;

    internal ServerInviteTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
        : base(layer, key, request, remote)
    {
        State = SipTransactionState.Proceeding;
    }

    /// <summary>Raised when a CANCEL matched this INVITE before its final response; the transaction has answered 487.</summary>
    public event Action<ServerInviteTransaction, SipRequest>? Cancelled;

    public bool IsCancelled { get; private set; }

    internal void Start() => Run(() => SendResponse(Request.CreateResponse(100)));

    /// <summary>Answers a matched CANCEL: 487 to the INVITE while it is still proceeding (RFC 3261 §9.2).</summary>
    internal void Cancel(SipRequest cancel) => Run(() =>
    {
        if (State != SipTransactionState.Proceeding || IsCancelled) return;
        IsCancelled = true;
        var terminated = Request.CreateResponse(487);
        terminated.To = terminated.To?.WithTag(ToTag ?? RandomNumberGenerator.GetHexString(8, lowercase: true));
        OnRespond(terminated);
        Notify(() => Cancelled?.Invoke(this, cancel));
    });

    /// <summary>The To tag of the responses sent so far, which the response to a CANCEL should repeat.</summary>
    internal string? ToTag => LastResponse?.To?.Tag;

    /// <summary>True while an ACK belongs to this transaction (non-2xx answered); an ACK for a 2xx goes to the dialog.</summary>
    internal bool AbsorbsAck => State is SipTransactionState.Completed or SipTransactionState.Confirmed;

    private protected override bool OnRespond(SipResponse response)
    {
        switch (State)
        {
            case SipTransactionState.Proceeding when response.IsProvisional:
                SendResponse(response);
                return true;
            case SipTransactionState.Proceeding when response.IsSuccess:
            case SipTransactionState.Accepted when response.IsSuccess:
                if (State == SipTransactionState.Proceeding)
                {
                    State = SipTransactionState.Accepted;
                    StartTimer(SipTimer.L, Timers.TransactionTimeout);
                }
                SendResponse(response);
                return true;
            case SipTransactionState.Proceeding:
                State = SipTransactionState.Completed;
                SendResponse(response);
                if (!IsReliable)
                {
                    _retransmitInterval = Timers.T1;
                    StartTimer(SipTimer.G, _retransmitInterval);
                }
                StartTimer(SipTimer.H, Timers.TransactionTimeout);
                return true;
            default:
                return false;
        }
    }

    private protected override void OnRequest(SipRequest request)
    {
        if (request.Method == SipMethods.Ack)
        {
            if (State != SipTransactionState.Completed) return;
            State = SipTransactionState.Confirmed;
            StopTimer(SipTimer.G);
            StopTimer(SipTimer.H);
            if (IsReliable) Terminate();
            else StartTimer(SipTimer.I, Timers.T4);
            return;
        }
        if (State is SipTransactionState.Proceeding or SipTransactionState.Completed) Resend();
    }

    private protected override void OnTimer(SipTimer timer)
    {
        switch (timer)
        {
            case SipTimer.G when State == SipTransactionState.Completed:
                Resend();
                _retransmitInterval = TimeSpan.FromTicks(Math.Min(_retransmitInterval.Ticks * 2, Timers.T2.Ticks));
                StartTimer(SipTimer.G, _retransmitInterval);
                break;
            case SipTimer.H when State == SipTransactionState.Completed:
                Fail(SipTransactionFailure.Timeout);
                break;
            case SipTimer.I when State == SipTransactionState.Confirmed:
            case SipTimer.L when State == SipTransactionState.Accepted:
                Terminate();
                break;
        }
    }
}
