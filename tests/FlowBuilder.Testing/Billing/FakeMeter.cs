using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Testing.Billing;

/// <summary>An <see cref="IMeter"/> that keeps every event and, like the real one, charges each (company, metric, source id) once:
/// <see cref="UnitPrice"/> per unit taken from <see cref="Balance"/>. <see cref="Failure"/> makes it throw.</summary>
public sealed class FakeMeter : IMeter
{
    private readonly Lock _gate = new();
    private readonly List<MetricEvent> _calls = [];
    private readonly List<MetricEvent> _recorded = [];
    private readonly HashSet<(string, string, string)> _sources = [];
    private readonly List<(int Count, TaskCompletionSource Waiter)> _waiters = [];

    public decimal UnitPrice { get; set; }

    public decimal Balance { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>Every call, duplicates included.</summary>
    public IReadOnlyList<MetricEvent> Calls
    {
        get
        {
            lock (_gate) return [.. _calls];
        }
    }

    /// <summary>The events that were new (charged).</summary>
    public IReadOnlyList<MetricEvent> Recorded
    {
        get
        {
            lock (_gate) return [.. _recorded];
        }
    }

    /// <summary>Completes when the meter has been called <paramref name="count"/> times (at once if it has).</summary>
    public Task WhenCalledAsync(int count)
    {
        lock (_gate)
        {
            if (_calls.Count >= count) return Task.CompletedTask;
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, waiter));
            return waiter.Task;
        }
    }

    /// <summary>The new events of one metric.</summary>
    public IReadOnlyList<MetricEvent> Of(string metric) => Recorded.Where(e => e.Metric == metric).ToList();

    public ValueTask<LedgerPostResult> RecordAsync(MetricEvent metricEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metricEvent);
        lock (_gate)
        {
            _calls.Add(metricEvent);
            foreach (var waiting in _waiters.Where(w => w.Count <= _calls.Count).ToList())
            {
                _waiters.Remove(waiting);
                waiting.Waiter.TrySetResult();
            }
            if (Failure is { } failure) throw failure;
            if (!_sources.Add((metricEvent.CompanyId, metricEvent.Metric, metricEvent.SourceId))) return ValueTask.FromResult(new LedgerPostResult(false, Balance));
            _recorded.Add(metricEvent);
            var amount = -Math.Round(metricEvent.Quantity * UnitPrice, 4, MidpointRounding.AwayFromZero);
            Balance += amount;
            return ValueTask.FromResult(new LedgerPostResult(true, Balance) { Amount = amount });
        }
    }
}
