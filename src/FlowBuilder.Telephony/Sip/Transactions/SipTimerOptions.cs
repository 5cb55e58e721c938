namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>The timer base values of RFC 3261 §17 and Table 4.</summary>
public sealed record SipTimerOptions
{
    public static SipTimerOptions Default { get; } = new();

    /// <summary>Round-trip estimate; the first retransmission interval. Default 500 ms.</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap on non-INVITE request and INVITE response retransmission intervals. Default 4 s.</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Longest time a message stays in the network; timers I and K. Default 5 s.</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait for response retransmissions after a non-2xx INVITE response (unreliable transports). Default 32 s.</summary>
    public TimeSpan TimerD { get; init; } = TimeSpan.FromSeconds(32);

    /// <summary>64·T1: transaction timeout (timers B, F, H, J, L, M).</summary>
    public TimeSpan TransactionTimeout => T1 * 64;
}
