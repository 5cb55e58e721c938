namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>How an outgoing call attempt ended.</summary>
public enum SipCallOutcome
{
    Answered,

    /// <summary>486 Busy Here or 600 Busy Everywhere.</summary>
    Busy,

    /// <summary>The ring timeout passed and the INVITE was cancelled.</summary>
    NoAnswer,

    /// <summary>The caller's CancellationToken cancelled the attempt.</summary>
    Cancelled,

    /// <summary>Any other final response, an unanswerable challenge, or a timeout.</summary>
    Failed,
}
