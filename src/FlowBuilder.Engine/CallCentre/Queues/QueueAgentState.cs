namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>What a queue agent is doing, as the live view shows it.</summary>
public enum QueueAgentState
{
    LoggedOut,
    Available,

    /// <summary>Logged in but taking no calls; <see cref="QueueAgentSnapshot.PauseReason"/> says why.</summary>
    Paused,

    /// <summary>A queue call is ringing the agent (in this queue or another one the agent belongs to).</summary>
    Ringing,

    OnCall,

    /// <summary>After a call, not rung until <see cref="QueueAgentSnapshot.WrapUpUntil"/>.</summary>
    WrapUp,
}
