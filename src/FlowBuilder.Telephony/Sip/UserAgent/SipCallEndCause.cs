namespace FlowBuilder.Telephony.Sip.UserAgent;

public enum SipCallEndCause
{
    /// <summary>This side sent BYE.</summary>
    LocalHangUp,

    /// <summary>The peer sent BYE.</summary>
    RemoteHangUp,

    /// <summary>The 2xx was never acknowledged, or an in-dialog request timed out.</summary>
    Timeout,
}
