namespace FlowBuilder.Telephony.Calls;

internal enum SipCallLegState
{
    /// <summary>Inbound, waiting for its flow to answer.</summary>
    Ringing,

    /// <summary>Inbound, the 200 is out and the ACK not yet in.</summary>
    Answering,

    /// <summary>Outbound, INVITE sent.</summary>
    Dialling,

    Answered,
    Ended,
}
