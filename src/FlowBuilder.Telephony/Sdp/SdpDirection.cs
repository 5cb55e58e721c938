namespace FlowBuilder.Telephony.Sdp;

/// <summary>Media direction attributes of RFC 4566 §6 / RFC 3264 §5.1, from the point of view of the description's author.</summary>
public enum SdpDirection
{
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}
