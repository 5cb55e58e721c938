namespace FlowBuilder.Engine.Messaging;

/// <summary>Where a message is. Final: <see cref="Delivered"/>, <see cref="Failed"/>, <see cref="OptedOut"/>, <see cref="Received"/>.</summary>
public enum SmsStatus
{
    /// <summary>Stored, not yet handed to a transport.</summary>
    Queued,

    /// <summary>Being handed to a transport now.</summary>
    Sending,

    /// <summary>The network accepted every part; a receipt may follow.</summary>
    Sent,

    /// <summary>A receipt said every part was delivered.</summary>
    Delivered,

    /// <summary>Refused by the network, undeliverable per a receipt, out of attempts, or no gateway configured.</summary>
    Failed,

    /// <summary>The network was unavailable; tried again at the message's next attempt time.</summary>
    Retrying,

    /// <summary>Not sent: the recipient opted out (STOP).</summary>
    OptedOut,

    /// <summary>An inbound message.</summary>
    Received,
}
