namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    private readonly List<SimulatedCallEvent> _log = [];
    private readonly List<(Func<SimulatedCallEvent, bool> Predicate, TaskCompletionSource<SimulatedCallEvent> Done)> _waiters = [];

    /// <summary>Completes with the first transcript entry (of any call, past or future) that matches <paramref name="predicate"/>.</summary>
    public Task<SimulatedCallEvent> WaitUntilAsync(Func<SimulatedCallEvent, bool> predicate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        lock (_gate)
        {
            var seen = _log.FirstOrDefault(predicate);
            if (seen is not null) return Task.FromResult(seen);
            var done = new TaskCompletionSource<SimulatedCallEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, done));
            return cancellationToken.CanBeCanceled ? done.Task.WaitAsync(cancellationToken) : done.Task;
        }
    }

    /// <summary>Completes with the leg's first entry of <paramref name="kind"/>.</summary>
    public Task<SimulatedCallEvent> WaitForAsync(string callId, SimulatedCallEventKind kind, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(e => e.CallId == callId && e.Kind == kind, cancellationToken);

    /// <summary>Completes when the flow is waiting for a digit on the leg (so a test can advance a fake clock past a timeout).</summary>
    public Task WaitForDigitReadAsync(string callId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var call = Require(callId);
            if (call.DigitReader is not null) return Task.CompletedTask;
            var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            call.ReadWatchers.Add(waiting);
            return cancellationToken.CanBeCanceled ? waiting.Task.WaitAsync(cancellationToken) : waiting.Task;
        }
    }

    private void ReleaseWaiters(SimulatedCallEvent entry)
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (!_waiters[i].Predicate(entry)) continue;
            _waiters[i].Done.TrySetResult(entry);
            _waiters.RemoveAt(i);
        }
    }
}
