namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>The named timers of RFC 3261 Table 4 and RFC 6026, plus the CANCEL guard of §9.1.</summary>
internal enum SipTimer
{
    A, B, D, E, F, G, H, I, J, K, L, M,

    /// <summary>64·T1 after sending CANCEL without a final response to the INVITE (§9.1).</summary>
    CancelExpiry,
}
