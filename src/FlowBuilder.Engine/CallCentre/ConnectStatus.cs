namespace FlowBuilder.Engine.CallCentre;

public enum ConnectStatus
{
    /// <summary>A bridge happened and has ended: <see cref="ConnectResult.EndedBy"/> says which side ended it.</summary>
    Connected,

    /// <summary>The target (and whatever it forwarded to) was busy.</summary>
    Busy,

    /// <summary>Nobody answered in time.</summary>
    NoAnswer,

    /// <summary>The target could not be called (<see cref="ConnectResult.Error"/>).</summary>
    Failed,

    /// <summary>The caller hung up before anyone answered.</summary>
    CallerHungUp,
}
