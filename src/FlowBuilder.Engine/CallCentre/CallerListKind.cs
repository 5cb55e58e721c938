namespace FlowBuilder.Engine.CallCentre;

public enum CallerListKind
{
    /// <summary>Calls from the number are refused busy (SIP 486) before any flow runs.</summary>
    Blocked,

    /// <summary>Calls from the number run <see cref="CallerListEntry.FlowId"/> when set, else the dialled number's flow.</summary>
    Allowed,
}
