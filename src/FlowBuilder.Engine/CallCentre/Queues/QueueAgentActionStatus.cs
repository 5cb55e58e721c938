namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>How an agent action (log in, log out, pause, resume) went.</summary>
public enum QueueAgentActionStatus
{
    Done,

    /// <summary>The queue has no agent with that id.</summary>
    UnknownAgent,
}
