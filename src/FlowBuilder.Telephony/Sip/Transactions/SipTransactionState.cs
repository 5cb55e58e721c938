namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>States of RFC 3261 §17 (Figures 5–8) plus Accepted from RFC 6026 for INVITE 2xx.</summary>
public enum SipTransactionState
{
    Calling,
    Trying,
    Proceeding,
    Completed,
    Confirmed,
    Accepted,
    Terminated,
}
