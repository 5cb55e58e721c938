using System.Threading.Channels;
using FlowBuilder.Engine.Persistence;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Runtime;

/// <summary>
/// Writes snapshots, journal entries and incidents off the hot path: instances enqueue and go on, a
/// single writer takes whatever has gathered (up to the batch size) and writes it in one
/// transaction. Under load batches grow and the write cost per step falls; when idle, a write goes
/// out at once. Of several snapshots of one instance in a batch only the newest is written.
/// </summary>
internal sealed class PersistenceQueue : IAsyncDisposable
{
    private readonly Channel<object> _channel = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IInstanceStore _store;
    private readonly int _batchSize;
    private readonly ILogger _logger;
    private readonly Action<IReadOnlyList<InstanceSnapshot>> _written;
    private readonly Task _writer;
    private long _enqueued;
    private long _flushed;
    private readonly Lock _flushGate = new();
    private readonly List<(long Mark, TaskCompletionSource Done)> _flushWaiters = [];
    private readonly long _backlogLimit;
    private TaskCompletionSource? _capacity;

    public PersistenceQueue(IInstanceStore store, int batchSize, long backlogLimit, ILogger logger, Action<IReadOnlyList<InstanceSnapshot>> written)
    {
        _backlogLimit = backlogLimit;
        _store = store;
        _batchSize = batchSize;
        _logger = logger;
        _written = written;
        _writer = Task.Run(WriteLoopAsync);
    }

    public void Enqueue(object item)
    {
        Interlocked.Increment(ref _enqueued);
        if (!_channel.Writer.TryWrite(item)) _logger.LogError("The persistence queue is closed; {Item} was not written", item.GetType().Name);
    }

    /// <summary>Items enqueued and not yet written.</summary>
    public long Backlog => Interlocked.Read(ref _enqueued) - Interlocked.Read(ref _flushed);

    /// <summary>
    /// Admission control: completes at once while the backlog is under its limit; past it, when the
    /// writer has brought it back to 90 % of it. New work waits here so that a store slower than the load
    /// slows the intake instead of filling memory.
    /// </summary>
    public Task WaitForCapacityAsync()
    {
        if (Backlog < _backlogLimit) return Task.CompletedTask;
        lock (_flushGate)
        {
            if (Backlog < _backlogLimit) return Task.CompletedTask;
            _capacity ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _capacity.Task;
        }
    }

    /// <summary>Completes when everything enqueued before the call is written.</summary>
    public Task FlushAsync()
    {
        var mark = Interlocked.Read(ref _enqueued);
        lock (_flushGate)
        {
            if (Interlocked.Read(ref _flushed) >= mark) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushWaiters.Add((mark, done));
            return done.Task;
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _channel.Reader;
        var snapshots = new Dictionary<string, InstanceSnapshot>(StringComparer.Ordinal);
        var journal = new List<JournalEntry>();
        var incidents = new List<Incident>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var taken = 0;
            while (taken < _batchSize && reader.TryRead(out var item))
            {
                taken++;
                switch (item)
                {
                    case InstanceSnapshot snapshot:
                        if (!snapshots.TryGetValue(snapshot.Id, out var previous) || previous.Revision < snapshot.Revision) snapshots[snapshot.Id] = snapshot;
                        break;
                    case JournalEntry entry:
                        journal.Add(entry);
                        break;
                    case List<JournalEntry> entries:
                        journal.AddRange(entries);
                        break;
                    case Incident incident:
                        incidents.Add(incident);
                        break;
                }
            }
            var batch = new PersistenceBatch(snapshots.Values.ToList(), journal.ToList(), incidents.ToList());
            snapshots.Clear();
            journal.Clear();
            incidents.Clear();
            await WriteWithRetryAsync(batch).ConfigureAwait(false);
            _written(batch.Snapshots);
            Interlocked.Add(ref _flushed, taken);
            ReleaseFlushWaiters();
        }
    }

    private async Task WriteWithRetryAsync(PersistenceBatch batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _store.WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (Exception error) when (attempt < 5)
            {
                _logger.LogWarning(error, "Writing {Snapshots} snapshots and {Journal} journal entries failed (attempt {Attempt}); retrying", batch.Snapshots.Count, batch.Journal.Count, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt)).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                _logger.LogError(error, "Writing {Snapshots} snapshots and {Journal} journal entries failed for good; they are lost", batch.Snapshots.Count, batch.Journal.Count);
                return;
            }
        }
    }

    private void ReleaseFlushWaiters()
    {
        lock (_flushGate)
        {
            if (_capacity is not null && Backlog <= _backlogLimit * 9 / 10)
            {
                _capacity.TrySetResult();
                _capacity = null;
            }
            var flushed = Interlocked.Read(ref _flushed);
            for (var i = _flushWaiters.Count - 1; i >= 0; i--)
            {
                if (_flushWaiters[i].Mark > flushed) continue;
                _flushWaiters[i].Done.TrySetResult();
                _flushWaiters.RemoveAt(i);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }
}
