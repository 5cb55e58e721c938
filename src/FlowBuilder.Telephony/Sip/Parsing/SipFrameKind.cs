namespace FlowBuilder.Telephony.Sip.Parsing;

public enum SipFrameKind
{
    /// <summary>A complete, valid message.</summary>
    Message,

    /// <summary>A complete message that failed validation; framing is intact unless the framer is broken.</summary>
    Invalid,

    /// <summary>A CRLFCRLF keep-alive ping (RFC 5626 §3.5.1); answer with one CRLF.</summary>
    KeepAlive,
}
