using System.Diagnostics;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Expressions;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Runtime;

internal sealed partial class InstanceActor
{
    private const int JournalChunk = 64;
    private List<JournalEntry>? _journal;

    private async ValueTask ResumeAsync(ActiveBookmark bookmark, Stimulus stimulus)
    {
        _engine.UnindexBookmark(Id, bookmark);
        _state.Bookmark = null;
        _state.Status = InstanceStatus.Running;
        var node = Plan.Node(bookmark.NodeId);
        var bookmarkState = bookmark.StateJson is null ? null : FlowValues.FromJsonText(bookmark.StateJson);
        await RunAsync(node, new Resumption(stimulus, bookmarkState)).ConfigureAwait(false);
    }

    /// <summary>The step loop: run nodes until the path ends, the instance waits or it faults.</summary>
    private async ValueTask RunAsync(PlanNode? node, Resumption? resumeWith)
    {
        var options = _engine.Options;
        while (true)
        {
            if (node is null)
            {
                Finish(InstanceStatus.Completed);
                return;
            }
            _state.CurrentNodeId = node.Id;
            if (_cancellation.IsCancellationRequested) return;
            if (resumeWith is null && ++_state.StepCount > options.StepLimit)
            {
                Fail(node, IncidentKinds.StepLimit,
                    $"The instance took more than {options.StepLimit:N0} steps and was stopped at node '{node.Id}' (a loop without a wait?). Raise FlowBuilder:Engine:StepLimit if the flow really needs more.");
                return;
            }

            _context.EnterNode(node.Id);
            var started = Stopwatch.GetTimestamp();
            var startedAt = options.Journal ? Time.GetUtcNow() : default;
            Outcome outcome;
            string? error = null;
            try
            {
                ValueTask<Outcome> step;
                if (resumeWith is { } resumption)
                {
                    _context.BookmarkState = resumption.BookmarkState;
                    step = node.Activity.ResumeAsync(_context, node.Inputs, resumption.Stimulus);
                }
                else
                {
                    step = node.Retry is null ? node.Activity.ExecuteAsync(_context, node.Inputs) : ExecuteWithRetryAsync(node);
                }
                if (!step.IsCompleted) CheckpointBeforeWait();
                outcome = await step.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (ExpressionException expressionError)
            {
                outcome = Outcome.Fault(expressionError.Message);
            }
            catch (Exception activityError) when (activityError is not OperationCanceledException)
            {
                Logger.LogWarning(activityError, "Node {NodeId} of instance {InstanceId} threw", node.Id, Id);
                outcome = Outcome.Fault($"{activityError.GetType().Name}: {activityError.Message}");
            }
            resumeWith = null;
            if (outcome.Kind == OutcomeKind.Fault) error = outcome.FaultMessage;
            if (options.Journal) WriteJournal(node, outcome, startedAt, started, error);

            switch (outcome.Kind)
            {
                case OutcomeKind.Next:
                    node = node.Next(outcome.Name!);
                    continue;
                case OutcomeKind.End:
                    Finish(InstanceStatus.Completed);
                    return;
                case OutcomeKind.Fault when node.FaultNext is { } handler:
                    _state.Variables["lastError"] = new Dictionary<string, object?> { ["nodeId"] = node.Id, ["message"] = error };
                    node = handler;
                    continue;
                case OutcomeKind.Fault:
                    Fail(node, IncidentKinds.Fault, error!);
                    return;
                case OutcomeKind.Suspend:
                    var bookmark = CreateBookmark(node, outcome.Bookmark!);
                    var waiting = TakePending(bookmark);
                    if (waiting is not null)
                    {
                        resumeWith = new Resumption(waiting, FlowValues.Normalize(outcome.Bookmark!.State));
                        continue;
                    }
                    Suspend(bookmark);
                    return;
            }
        }
    }

    private async ValueTask<Outcome> ExecuteWithRetryAsync(PlanNode node)
    {
        var attempt = 0;
        return await node.Retry!.ExecuteAsync(async _ =>
        {
            _context.Attempt = ++attempt;
            return await node.Activity.ExecuteAsync(_context, node.Inputs).ConfigureAwait(false);
        }, _context.CancellationToken).ConfigureAwait(false);
    }

    private ActiveBookmark CreateBookmark(PlanNode node, Bookmark request) => new(
        Guid.NewGuid().ToString("N"),
        node.Id,
        request.Name,
        request.CorrelationKey,
        request.ResumeAt,
        request.State is null ? null : FlowValues.ToCompactJson(FlowValues.Normalize(request.State)),
        Time.GetUtcNow());

    private Stimulus? TakePending(ActiveBookmark bookmark)
    {
        for (var i = 0; i < _state.PendingStimuli.Count; i++)
        {
            if (!Matches(bookmark, _state.PendingStimuli[i])) continue;
            var stimulus = _state.PendingStimuli[i];
            _state.PendingStimuli.RemoveAt(i);
            return stimulus;
        }
        return null;
    }

    private void Suspend(ActiveBookmark bookmark)
    {
        _state.Bookmark = bookmark;
        _state.Status = InstanceStatus.Suspended;
        _engine.IndexBookmark(Id, bookmark);
        FlushJournal();
        _engine.Persist(Snapshot());
        if (bookmark.ResumeAt is { } due) _engine.Timers.Schedule(Id, bookmark.Id, due);
        _engine.OnSettled(this, Settled());
    }

    private void Fail(PlanNode node, string kind, string message)
    {
        _state.FaultMessage = message;
        _state.FaultNodeId = node.Id;
        _engine.RecordIncident(new Incident(Guid.NewGuid().ToString("N"), Id, _state.CompanyId, _state.FlowId, _state.FlowVersion, node.Id, kind, message, Time.GetUtcNow()));
        Finish(InstanceStatus.Faulted);
    }

    private void FailUnexpectedly(Exception error)
    {
        if (_state.Status.IsFinished()) return;
        _state.FaultMessage = $"Internal error: {error.Message}";
        _state.FaultNodeId = _state.CurrentNodeId;
        _engine.RecordIncident(new Incident(Guid.NewGuid().ToString("N"), Id, _state.CompanyId, _state.FlowId, _state.FlowVersion, _state.CurrentNodeId, IncidentKinds.Fault, _state.FaultMessage, Time.GetUtcNow()));
        Finish(InstanceStatus.Faulted);
    }

    private void Finish(InstanceStatus status)
    {
        if (_state.Bookmark is { } bookmark) _engine.UnindexBookmark(Id, bookmark);
        _state.Status = status;
        _state.Bookmark = null;
        _state.FinishedAt = Time.GetUtcNow();
        FlushJournal();
        _engine.Persist(Snapshot());
        _engine.OnSettled(this, Settled());
    }

    /// <summary>Recovery: the process stopped while this instance ran, so it is faulted, not rerun.</summary>
    public void MarkInterrupted()
    {
        _state.FaultMessage = $"The server stopped while this instance was running (at node '{_state.CurrentNodeId ?? "start"}'); it was not run again so that no step is repeated. Start a new instance if needed.";
        _state.FaultNodeId = _state.CurrentNodeId;
        _engine.RecordIncident(new Incident(Guid.NewGuid().ToString("N"), Id, _state.CompanyId, _state.FlowId, _state.FlowVersion, _state.CurrentNodeId, IncidentKinds.Interrupted, _state.FaultMessage, Time.GetUtcNow()));
        _state.Status = InstanceStatus.Faulted;
        _state.FinishedAt = Time.GetUtcNow();
        _engine.Persist(Snapshot());
    }

    private InstanceSettled Settled() =>
        new(Id, _state.Status, _state.Result, _state.FaultMessage, _state.FaultNodeId, _state.Bookmark?.Name)
        {
            CompanyId = _state.CompanyId, FlowId = _state.FlowId, FlowVersion = _state.FlowVersion, CorrelationId = _state.CorrelationId,
        };

    private void WriteJournal(PlanNode node, Outcome outcome, DateTimeOffset startedAt, long started, string? error)
    {
        var options = _engine.Options;
        string? inputs = null, outputs = null;
        if (options.JournalValues)
        {
            if (_context.EvaluatedInputs is { } evaluated) inputs = JournalSummary.Write(evaluated, options.JournalValueLimit);
            if (_context.StepOutputs is { } stepOutputs) outputs = JournalSummary.Write(stepOutputs, options.JournalValueLimit);
        }
        var entry = new JournalEntry(Id, ++_state.JournalSequence, _state.CompanyId, node.Id, node.Registration.TypeId, outcome.ToString(),
            startedAt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, inputs, outputs, error);
        (_journal ??= new List<JournalEntry>(8)).Add(entry);
        if (_journal.Count >= JournalChunk) FlushJournal();
    }

    /// <summary>
    /// A step is going off to wait on I/O: write the journal so far and, the first time, the instance
    /// itself, so it is visible as running and a crash during the wait is reported as an interruption.
    /// An instance that settles without such a wait is written once, when it settles.
    /// </summary>
    private void CheckpointBeforeWait()
    {
        FlushJournal();
        if (_state.Revision == 0) _engine.Persist(Snapshot());
    }

    /// <summary>Hands the entries gathered so far to the writer as one item: always before a snapshot,
    /// so a snapshot is never durable ahead of the steps that led to it.</summary>
    private void FlushJournal()
    {
        if (_journal is not { Count: > 0 }) return;
        _engine.Persist(_journal);
        _journal = null;
    }

    private readonly record struct Resumption(Stimulus Stimulus, object? BookmarkState);
}
