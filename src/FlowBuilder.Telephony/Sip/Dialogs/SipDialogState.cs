namespace FlowBuilder.Telephony.Sip.Dialogs;

public enum SipDialogState
{
    /// <summary>Created by a provisional response with a To tag.</summary>
    Early,

    /// <summary>Created or confirmed by a 2xx.</summary>
    Confirmed,

    Terminated,
}
