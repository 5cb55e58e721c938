namespace FlowBuilder.Telephony.Sip.Messages;

public enum SipUriScheme
{
    Sip,
    Sips,
    Tel,
}
