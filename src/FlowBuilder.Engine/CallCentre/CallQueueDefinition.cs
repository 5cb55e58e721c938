namespace FlowBuilder.Engine.CallCentre;

/// <summary>An operator group callers wait in (Enqueue activity) until an agent answers.</summary>
/// <param name="Name">Unique per company; Enqueue names it.</param>
public sealed record CallQueueDefinition(string CompanyId, string Name, IReadOnlyList<QueueAgentDefinition> Agents)
{
    public QueueStrategy Strategy { get; init; } = QueueStrategy.RingAll;

    /// <summary>Text spoken in a loop while waiting; used when <see cref="HoldMusic"/> is empty.</summary>
    public string? HoldPrompt { get; init; } = "Please hold, your call is important to us.";

    /// <summary>A media-library file played in a loop while waiting.</summary>
    public string? HoldMusic { get; init; }

    /// <summary>Every this many seconds the caller hears their position and/or estimated wait; 0 for never.</summary>
    public int AnnounceEverySeconds { get; init; } = 30;

    public bool AnnouncePosition { get; init; } = true;

    public bool AnnounceWaitTime { get; init; } = true;

    /// <summary>After this long waiting, Enqueue takes its <c>timeout</c> outcome; 0 for no limit.</summary>
    public int MaxWaitSeconds { get; init; } = 300;

    /// <summary>How long one agent (or the ring-all round) rings before the next try.</summary>
    public int AgentRingSeconds { get; init; } = 15;

    /// <summary>An agent is not rung again for this long after a call ends.</summary>
    public int WrapUpSeconds { get; init; } = 5;

    /// <summary>Answered within this many seconds counts towards the service level.</summary>
    public int ServiceLevelSeconds { get; init; } = 20;
}
