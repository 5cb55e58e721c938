using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Data.Instances;

/// <summary>The latest <see cref="InstanceSnapshot"/> of an instance, its bookmark flattened into columns.</summary>
internal sealed class InstanceRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string FlowId { get; set; } = "";
    public int FlowVersion { get; set; }
    public InstanceStatus Status { get; set; }
    public long Revision { get; set; }
    public string? CurrentNodeId { get; set; }
    public string VariablesJson { get; set; } = "";
    public string InputJson { get; set; } = "";
    public string? TriggerJson { get; set; }
    public string OutputsJson { get; set; } = "";
    public string? PendingStimuliJson { get; set; }
    public string? ResultJson { get; set; }
    public string? FaultMessage { get; set; }
    public string? FaultNodeId { get; set; }
    public string? ParentInstanceId { get; set; }
    public string? CorrelationId { get; set; }
    public int StepCount { get; set; }
    public long JournalSequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? BookmarkId { get; set; }
    public string? BookmarkNodeId { get; set; }
    public string? BookmarkName { get; set; }
    public string? BookmarkCorrelationKey { get; set; }
    public DateTimeOffset? BookmarkResumeAt { get; set; }
    public string? BookmarkStateJson { get; set; }
    public DateTimeOffset? BookmarkCreatedAt { get; set; }

    public InstanceSnapshot ToSnapshot() => new()
    {
        Id = Id,
        CompanyId = CompanyId,
        FlowId = FlowId,
        FlowVersion = FlowVersion,
        Status = Status,
        Revision = Revision,
        CurrentNodeId = CurrentNodeId,
        VariablesJson = VariablesJson,
        InputJson = InputJson,
        TriggerJson = TriggerJson,
        OutputsJson = OutputsJson,
        PendingStimuliJson = PendingStimuliJson,
        Bookmark = BookmarkId is null ? null : new ActiveBookmark(
            BookmarkId, BookmarkNodeId ?? "", BookmarkName ?? "", BookmarkCorrelationKey, BookmarkResumeAt, BookmarkStateJson, BookmarkCreatedAt ?? CreatedAt),
        ResultJson = ResultJson,
        FaultMessage = FaultMessage,
        FaultNodeId = FaultNodeId,
        ParentInstanceId = ParentInstanceId,
        CorrelationId = CorrelationId,
        StepCount = StepCount,
        JournalSequence = JournalSequence,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        FinishedAt = FinishedAt,
    };
}
