using System.Data;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Data.Instances;

/// <summary>The raw upserts <see cref="SqlInstanceStore.WriteAsync"/> runs; column names as in the Initial migration.</summary>
internal static class InstanceUpserts
{
    /// <summary>A snapshot replaces the stored one unless the stored one is newer (higher revision).</summary>
    public static UpsertCommand<InstanceSnapshot> Snapshots { get; } = new("instances",
    [
        new("id", DbType.String, s => s.Id, IsKey: true),
        new("company_id", DbType.String, s => s.CompanyId),
        new("flow_id", DbType.String, s => s.FlowId),
        new("flow_version", DbType.Int32, s => s.FlowVersion),
        new("status", DbType.String, s => s.Status.ToString()),
        new("revision", DbType.Int64, s => s.Revision),
        new("current_node_id", DbType.String, s => s.CurrentNodeId),
        new("variables_json", DbType.String, s => s.VariablesJson),
        new("input_json", DbType.String, s => s.InputJson),
        new("trigger_json", DbType.String, s => s.TriggerJson),
        new("outputs_json", DbType.String, s => s.OutputsJson),
        new("pending_stimuli_json", DbType.String, s => s.PendingStimuliJson),
        new("result_json", DbType.String, s => s.ResultJson),
        new("fault_message", DbType.String, s => s.FaultMessage),
        new("fault_node_id", DbType.String, s => s.FaultNodeId),
        new("parent_instance_id", DbType.String, s => s.ParentInstanceId),
        new("correlation_id", DbType.String, s => s.CorrelationId),
        new("step_count", DbType.Int32, s => s.StepCount),
        new("journal_sequence", DbType.Int64, s => s.JournalSequence),
        new("created_at", DbType.Int64, s => s.CreatedAt.UtcTicks),
        new("updated_at", DbType.Int64, s => s.UpdatedAt.UtcTicks),
        new("finished_at", DbType.Int64, s => s.FinishedAt?.UtcTicks),
        new("bookmark_id", DbType.String, s => s.Bookmark?.Id),
        new("bookmark_node_id", DbType.String, s => s.Bookmark?.NodeId),
        new("bookmark_name", DbType.String, s => s.Bookmark?.Name),
        new("bookmark_correlation_key", DbType.String, s => s.Bookmark?.CorrelationKey),
        new("bookmark_resume_at", DbType.Int64, s => s.Bookmark?.ResumeAt?.UtcTicks),
        new("bookmark_state_json", DbType.String, s => s.Bookmark?.StateJson),
        new("bookmark_created_at", DbType.Int64, s => s.Bookmark?.CreatedAt.UtcTicks),
    ], updateWhen: "excluded.revision >= instances.revision");

    /// <summary>A step replayed after a crash overwrites its earlier entry.</summary>
    public static UpsertCommand<JournalEntry> Journal { get; } = new("journal",
    [
        new("instance_id", DbType.String, j => j.InstanceId, IsKey: true),
        new("sequence", DbType.Int64, j => j.Sequence, IsKey: true),
        new("company_id", DbType.String, j => j.CompanyId),
        new("node_id", DbType.String, j => j.NodeId),
        new("activity_type", DbType.String, j => j.ActivityType),
        new("outcome", DbType.String, j => j.Outcome),
        new("started_at", DbType.Int64, j => j.StartedAt.UtcTicks),
        new("duration_ms", DbType.Double, j => j.DurationMs),
        new("inputs", DbType.String, j => j.Inputs),
        new("outputs", DbType.String, j => j.Outputs),
        new("error", DbType.String, j => j.Error),
    ]);

    public static UpsertCommand<Incident> Incidents { get; } = new("incidents",
    [
        new("id", DbType.String, i => i.Id, IsKey: true),
        new("instance_id", DbType.String, i => i.InstanceId),
        new("company_id", DbType.String, i => i.CompanyId),
        new("flow_id", DbType.String, i => i.FlowId),
        new("flow_version", DbType.Int32, i => i.FlowVersion),
        new("node_id", DbType.String, i => i.NodeId),
        new("kind", DbType.String, i => i.Kind),
        new("message", DbType.String, i => i.Message),
        new("occurred_at", DbType.Int64, i => i.OccurredAt.UtcTicks),
    ]);
}
