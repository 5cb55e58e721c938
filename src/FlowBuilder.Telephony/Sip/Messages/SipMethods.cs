namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>Method names; methods are case-sensitive (RFC 3261 §7.1) and any token is a valid extension method.</summary>
public static class SipMethods
{
    public const string Invite = "INVITE";
    public const string Ack = "ACK";
    public const string Bye = "BYE";
    public const string Cancel = "CANCEL";
    public const string Register = "REGISTER";
    public const string Options = "OPTIONS";
    public const string Info = "INFO";
    public const string Refer = "REFER";
    public const string Notify = "NOTIFY";
    public const string Subscribe = "SUBSCRIBE";
    public const string Message = "MESSAGE";
    public const string Update = "UPDATE";
    public const string Prack = "PRACK";
}
