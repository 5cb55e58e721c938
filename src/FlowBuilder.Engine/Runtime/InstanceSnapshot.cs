namespace FlowBuilder.Engine.Runtime;

/// <summary>
/// The durable state of an instance, written when it starts, suspends and finishes (never on every
/// step). Values are JSON text, taken on the instance's own thread, so the snapshot never changes
/// after it is made. <see cref="Revision"/> grows with each snapshot of an instance; a store keeps
/// the highest.
/// </summary>
public sealed record InstanceSnapshot
{
    public required string Id { get; init; }
    public required string CompanyId { get; init; }
    public required string FlowId { get; init; }
    public required int FlowVersion { get; init; }
    public required InstanceStatus Status { get; init; }
    public required long Revision { get; init; }
    public string? CurrentNodeId { get; init; }
    public required string VariablesJson { get; init; }
    public required string InputJson { get; init; }
    public string? TriggerJson { get; init; }
    public required string OutputsJson { get; init; }
    public string? PendingStimuliJson { get; init; }
    public ActiveBookmark? Bookmark { get; init; }
    public string? ResultJson { get; init; }
    public string? FaultMessage { get; init; }
    public string? FaultNodeId { get; init; }
    public string? ParentInstanceId { get; init; }
    public string? CorrelationId { get; init; }
    public int StepCount { get; init; }
    public long JournalSequence { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}
