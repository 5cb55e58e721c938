namespace FlowBuilder.Engine.Campaigns.Operators;

/// <summary>An operator's state in a campaign. Only <see cref="Ready"/> operators get calls.</summary>
public enum OperatorState
{
    LoggedOut,
    Ready,

    /// <summary>Held for a call being placed or answered (progressive, predictive) or a preview card.</summary>
    Reserved,

    /// <summary>Their extension is ringing or connected to a contact.</summary>
    Talking,

    /// <summary>After a call, until the disposition form is submitted or the wrap-up time ends.</summary>
    WrapUp,
    Paused,
}
