using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// RFC 3261 §17.1.1 (Figure 5) with RFC 6026: Calling → Proceeding → Completed (non-2xx; the transaction
/// sends the ACK) or Accepted (2xx; the dialog layer sends that ACK) → Terminated; timers A, B, D, M.
/// </summary>
public sealed class ClientInviteTransaction : SipClientTransaction
{
    private TimeSpan _retransmitInterval;
    private byte[]? _ack;
    private bool _cancelRequested;

    internal ClientInviteTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
        : base(layer, key, request, remote)
    {
        State = SipTransactionState.Calling;
    }

    /// <summary>The CANCEL transaction, once a CANCEL was sent.</summary>
    public ClientNonInviteTransaction? CancelTransaction { get; private set; }

    /// <summary>
    /// Asks to cancel the INVITE (RFC 3261 §9.1). The CANCEL goes out now if a provisional response arrived,
    /// otherwise when the first one does; after a final response it is not sent at all.
    /// </summary>
    public void Cancel() => Run(() =>
    {
        if (_cancelRequested || State is not (SipTransactionState.Calling or SipTransactionState.Proceeding)) return;
        _cancelRequested = true;
        if (State == SipTransactionState.Proceeding) SendCancel();
    });

    private protected override void OnStart()
    {
        Send(RequestBytes);
        if (!IsReliable)
        {
            _retransmitInterval = Timers.T1;
            StartTimer(SipTimer.A, _retransmitInterval);
        }
        StartTimer(SipTimer.B, Timers.TransactionTimeout);
    }

    private protected override void OnResponse(SipResponse response)
    {
        switch (State)
        {
            case SipTransactionState.Calling or SipTransactionState.Proceeding when response.IsProvisional:
                StopTimer(SipTimer.A);
                StopTimer(SipTimer.B);
                var first = State == SipTransactionState.Calling;
                State = SipTransactionState.Proceeding;
                if (first && _cancelRequested) SendCancel();
                PassUp(response);
                break;
            case SipTransactionState.Calling or SipTransactionState.Proceeding when response.IsSuccess:
                StopAll();
                State = SipTransactionState.Accepted;
                StartTimer(SipTimer.M, Timers.TransactionTimeout);
                PassUp(response);
                break;
            case SipTransactionState.Calling or SipTransactionState.Proceeding:
                StopAll();
                State = SipTransactionState.Completed;
                _ack = CreateAck(response).ToBytes();
                Send(_ack);
                PassUp(response);
                if (IsReliable) Terminate();
                else StartTimer(SipTimer.D, Timers.TimerD);
                break;
            case SipTransactionState.Completed when !response.IsProvisional && !response.IsSuccess:
                Send(_ack!);
                break;
            case SipTransactionState.Accepted when response.IsSuccess:
                PassUp(response);
                break;
        }
    }

    private protected override void OnTimer(SipTimer timer)
    {
        switch (timer)
        {
            case SipTimer.A when State == SipTransactionState.Calling:
                Send(RequestBytes);
                _retransmitInterval *= 2;
                StartTimer(SipTimer.A, _retransmitInterval);
                break;
            case SipTimer.B when State == SipTransactionState.Calling:
            case SipTimer.CancelExpiry when State == SipTransactionState.Proceeding:
                Fail(SipTransactionFailure.Timeout);
                break;
            case SipTimer.D when State == SipTransactionState.Completed:
            case SipTimer.M when State == SipTransactionState.Accepted:
                Terminate();
                break;
        }
    }

    /// <summary>The ACK for a non-2xx final response (RFC 3261 §17.1.1.3).</summary>
    internal SipRequest CreateAck(SipResponse response)
    {
        var ack = new SipRequest(SipMethods.Ack, Request.Uri);
        ack.Headers.Add(SipHeaderNames.Via, Request.Headers.GetFirst(SipHeaderNames.Via)!);
        foreach (var route in Request.Headers.GetValues(SipHeaderNames.Route)) ack.Headers.Add(SipHeaderNames.Route, route);
        ack.Headers.Add(SipHeaderNames.MaxForwards, "70");
        ack.Headers.Add(SipHeaderNames.From, Request.Headers[SipHeaderNames.From]!);
        ack.Headers.Add(SipHeaderNames.To, response.Headers[SipHeaderNames.To] ?? Request.Headers[SipHeaderNames.To]!);
        ack.Headers.Add(SipHeaderNames.CallId, Request.CallId!);
        ack.CSeq = new SipCSeq(Request.CSeq!.Value.Number, SipMethods.Ack);
        return ack;
    }

    /// <summary>The CANCEL for this INVITE (RFC 3261 §9.1): same Request-URI, top Via, From, To, Call-ID, CSeq number and Route.</summary>
    internal SipRequest CreateCancel()
    {
        var cancel = new SipRequest(SipMethods.Cancel, Request.Uri);
        cancel.Headers.Add(SipHeaderNames.Via, Request.Headers.GetFirst(SipHeaderNames.Via)!);
        foreach (var route in Request.Headers.GetValues(SipHeaderNames.Route)) cancel.Headers.Add(SipHeaderNames.Route, route);
        cancel.Headers.Add(SipHeaderNames.MaxForwards, "70");
        cancel.Headers.Add(SipHeaderNames.From, Request.Headers[SipHeaderNames.From]!);
        cancel.Headers.Add(SipHeaderNames.To, Request.Headers[SipHeaderNames.To]!);
        cancel.Headers.Add(SipHeaderNames.CallId, Request.CallId!);
        cancel.CSeq = new SipCSeq(Request.CSeq!.Value.Number, SipMethods.Cancel);
        return cancel;
    }

    private void SendCancel()
    {
        StartTimer(SipTimer.CancelExpiry, Timers.TransactionTimeout);
        var cancel = Layer.CreateClientTransaction(CreateCancel(), Remote);
        CancelTransaction = (ClientNonInviteTransaction)cancel;
        Notify(cancel.Start);
    }

    private void StopAll()
    {
        StopTimer(SipTimer.A);
        StopTimer(SipTimer.B);
        StopTimer(SipTimer.CancelExpiry);
    }
}
