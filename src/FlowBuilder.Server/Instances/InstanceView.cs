using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>An instance in full: its state with JSON values parsed, its journal and incidents.</summary>
internal sealed record InstanceView(
    string Id,
    string FlowId,
    int FlowVersion,
    InstanceStatus Status,
    long Revision,
    string? CurrentNodeId,
    BookmarkView? Bookmark,
    JsonNode? Variables,
    JsonNode? Input,
    JsonNode? Trigger,
    JsonNode? Outputs,
    JsonNode? PendingStimuli,
    JsonNode? Result,
    string? Fault,
    string? FaultNodeId,
    string? CorrelationId,
    string? ParentInstanceId,
    int StepCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<JournalEntryView> Journal,
    IReadOnlyList<IncidentView> Incidents)
{
    public static InstanceView From(InstanceSnapshot s, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents) => new(
        s.Id, s.FlowId, s.FlowVersion, s.Status, s.Revision, s.CurrentNodeId, BookmarkView.From(s.Bookmark),
        JsonText.Parse(s.VariablesJson), JsonText.Parse(s.InputJson), JsonText.Parse(s.TriggerJson), JsonText.Parse(s.OutputsJson),
        JsonText.Parse(s.PendingStimuliJson), JsonText.Parse(s.ResultJson), s.FaultMessage, s.FaultNodeId, s.CorrelationId, s.ParentInstanceId,
        s.StepCount, s.CreatedAt, s.UpdatedAt, s.FinishedAt,
        journal.Select(JournalEntryView.From).ToList(), incidents.Select(IncidentView.From).ToList());
}
