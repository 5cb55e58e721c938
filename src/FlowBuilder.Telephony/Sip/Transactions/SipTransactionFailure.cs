namespace FlowBuilder.Telephony.Sip.Transactions;

public enum SipTransactionFailure
{
    /// <summary>No final response (timers B, F), no ACK (timer H), or no answer to a CANCEL in 64·T1.</summary>
    Timeout,

    /// <summary>The transport could not send (RFC 3261 §17.1.4, §17.2.4).</summary>
    TransportError,
}
