using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Runtime;

internal sealed partial class InstanceActor
{
    // A step that waits (Dial, Enqueue…) may still set outputs and variables on another thread while its first checkpoint is taken.
    private string VariablesJson()
    {
        lock (_state.Gate) return FlowValues.ToCompactJson(_state.Variables);
    }

    private string OutputsJson()
    {
        lock (_state.Gate) return FlowValues.ToCompactJson(_state.Outputs);
    }

    public InstanceSnapshot Snapshot()
    {
        Volatile.Write(ref _state.UnsavedMarker, false);
        _state.Revision++;
        _state.UpdatedAt = Time.GetUtcNow();
        return new InstanceSnapshot
        {
            Id = _state.Id,
            CompanyId = _state.CompanyId,
            FlowId = _state.FlowId,
            FlowVersion = _state.FlowVersion,
            Status = _state.Status,
            Revision = _state.Revision,
            CurrentNodeId = _state.CurrentNodeId,
            VariablesJson = VariablesJson(),
            InputJson = FlowValues.ToCompactJson(_state.Input),
            TriggerJson = _state.Trigger is null ? null : FlowValues.ToCompactJson(_state.Trigger),
            OutputsJson = OutputsJson(),
            PendingStimuliJson = _state.PendingStimuli.Count == 0 ? null : StimulusJson.Write(_state.PendingStimuli),
            Bookmark = _state.Bookmark,
            ResultJson = _state.Result is null ? null : FlowValues.ToCompactJson(_state.Result),
            FaultMessage = _state.FaultMessage,
            FaultNodeId = _state.FaultNodeId,
            ParentInstanceId = _state.ParentInstanceId,
            CorrelationId = _state.CorrelationId,
            StepCount = _state.StepCount,
            JournalSequence = _state.JournalSequence,
            CreatedAt = _state.CreatedAt,
            UpdatedAt = _state.UpdatedAt,
            FinishedAt = _state.FinishedAt,
        };
    }

    /// <summary>The fields fixed at start, safe to read from any thread while the instance runs.</summary>
    public InstanceSnapshot Peek() => new()
    {
        Id = _state.Id,
        CompanyId = _state.CompanyId,
        FlowId = _state.FlowId,
        FlowVersion = _state.FlowVersion,
        Status = InstanceStatus.Running,
        Revision = 0,
        VariablesJson = "{}",
        InputJson = "{}",
        OutputsJson = "{}",
        ParentInstanceId = _state.ParentInstanceId,
        CorrelationId = _state.CorrelationId,
        CreatedAt = _state.CreatedAt,
        UpdatedAt = _state.CreatedAt,
    };

    public static InstanceActor Restore(FlowEngine engine, ExecutablePlan plan, InstanceSnapshot snapshot)
    {
        var state = new InstanceState
        {
            Id = snapshot.Id,
            CompanyId = snapshot.CompanyId,
            FlowId = snapshot.FlowId,
            FlowVersion = snapshot.FlowVersion,
            Variables = AsObject(snapshot.VariablesJson),
            Input = AsObject(snapshot.InputJson),
            Trigger = snapshot.TriggerJson is null ? null : FlowValues.FromJsonText(snapshot.TriggerJson),
            Outputs = AsObject(snapshot.OutputsJson),
            ParentInstanceId = snapshot.ParentInstanceId,
            CorrelationId = snapshot.CorrelationId,
            CreatedAt = snapshot.CreatedAt,
            Status = snapshot.Status,
            CurrentNodeId = snapshot.CurrentNodeId,
            Bookmark = snapshot.Bookmark,
            Result = snapshot.ResultJson is null ? null : FlowValues.FromJsonText(snapshot.ResultJson),
            FaultMessage = snapshot.FaultMessage,
            FaultNodeId = snapshot.FaultNodeId,
            StepCount = snapshot.StepCount,
            JournalSequence = snapshot.JournalSequence,
            Revision = snapshot.Revision,
            UnsavedMarker = false,
            UpdatedAt = snapshot.UpdatedAt,
            FinishedAt = snapshot.FinishedAt,
        };
        if (snapshot.PendingStimuliJson is { } pending) state.PendingStimuli.AddRange(StimulusJson.Read(pending));
        return new InstanceActor(engine, plan, state, handle: null);
    }

    private static Dictionary<string, object?> AsObject(string json) =>
        FlowValues.FromJsonText(json) as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
}
