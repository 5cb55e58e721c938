namespace FlowBuilder.Telephony.Sip.Dialogs;

/// <summary>The identity of a dialog (RFC 3261 §12): Call-ID, local tag, remote tag, from this side's point of view.</summary>
public readonly record struct SipDialogId(string CallId, string LocalTag, string RemoteTag);
