namespace FlowBuilder.Activities.Telephony;

/// <summary>How Transfer hands a call on.</summary>
public enum TransferMode
{
    /// <summary>Asks the caller's phone or trunk to call the target (SIP REFER); our leg ends.</summary>
    Refer,

    /// <summary>Dials the target and bridges the caller to it; the flow waits until the bridge ends.</summary>
    Bridge,
}
