using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Runtime;

/// <summary>The live, mutable state of one instance, owned by its actor.</summary>
internal sealed class InstanceState
{
    /// <summary>Guards <see cref="Variables"/> and <see cref="Outputs"/> between a step that goes on setting them while it waits and
    /// the snapshot taken as it starts waiting.</summary>
    public Lock Gate { get; } = new();

    public required string Id { get; init; }
    public required string CompanyId { get; init; }
    public required string FlowId { get; init; }
    public required int FlowVersion { get; init; }
    public required Dictionary<string, object?> Variables { get; init; }
    public required Dictionary<string, object?> Input { get; init; }
    public object? Trigger { get; init; }
    public required Dictionary<string, object?> Outputs { get; init; }
    public string? ParentInstanceId { get; init; }
    public string? CorrelationId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public InstanceStatus Status { get; set; } = InstanceStatus.Running;
    public string? CurrentNodeId { get; set; }
    public ActiveBookmark? Bookmark { get; set; }
    public List<Stimulus> PendingStimuli { get; } = [];
    public object? Result { get; set; }
    public string? FaultMessage { get; set; }
    public string? FaultNodeId { get; set; }
    public int StepCount { get; set; }
    public long JournalSequence { get; set; }
    public long Revision { get; set; }

    /// <summary>True until the first snapshot is taken; read by other threads (see <see cref="FlowEngine.PeekUnsaved"/>).</summary>
    public bool UnsavedMarker = true;
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
