namespace FlowBuilder.Activities.Telephony;

/// <summary>What Connect records of the bridge.</summary>
public enum RecordMode
{
    None,

    /// <summary>What the caller says.</summary>
    Caller,

    /// <summary>Both parties (stereo: left the caller, right the callee).</summary>
    Both,
}
