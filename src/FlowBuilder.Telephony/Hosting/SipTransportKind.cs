namespace FlowBuilder.Telephony.Hosting;

public enum SipTransportKind
{
    Udp,
    Tcp,
}
