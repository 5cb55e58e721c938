using System.Collections.Concurrent;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Engine.Runtime;

/// <summary>
/// Runs instances of published flows. Each live instance is an actor with an inbox; stimuli and
/// cancellations go to it by instance id. State is written to the <see cref="IInstanceStore"/> when
/// an instance starts, suspends and finishes, and the journal is written in batches, both off the
/// hot path. Nothing here assumes one process holds every instance: an instance not in memory is
/// loaded from the store when a stimulus arrives for it.
/// </summary>
public sealed partial class FlowEngine : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, InstanceActor> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<TaskCompletionSource<InstanceSettled>>> _waiters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Name, string Key), string> _bookmarkIndex = new();
    private readonly IInstanceStore _store;
    private readonly PersistenceQueue _persistence;

    public FlowEngine(PlanCache plans, IInstanceStore store, EngineOptions options, TimeProvider time, IServiceProvider services, ILogger<FlowEngine>? logger = null)
    {
        Plans = plans;
        _store = store;
        Options = options;
        Time = time;
        Services = services;
        Logger = logger ?? (ILogger)NullLogger.Instance;
        Timers = new TimerQueue(time, (instanceId, stimulus) => _ = DeliverAsync(instanceId, stimulus, CancellationToken.None).AsTask());
        _persistence = new PersistenceQueue(store, options.WriteBatchSize, options.MaxWriteBacklog, Logger, OnWritten);
    }

    public PlanCache Plans { get; }
    public EngineOptions Options { get; }
    public TimeProvider Time { get; }
    public IServiceProvider Services { get; }
    internal ILogger Logger { get; }
    internal TimerQueue Timers { get; }

    /// <summary>Instances held in memory (running or suspended).</summary>
    public int LiveCount => _actors.Count;

    /// <summary>Raised after every settle (suspend or finish), on the instance's thread. Keep handlers short.</summary>
    public event Action<InstanceSettled>? Settled;

    /// <summary>Starts an instance of a published flow version (the latest published when none is given).</summary>
    public async ValueTask<InstanceHandle> StartAsync(StartRequest request, CancellationToken cancellationToken = default)
    {
        var capacity = _persistence.WaitForCapacityAsync();
        if (!capacity.IsCompleted) await capacity.WaitAsync(cancellationToken).ConfigureAwait(false);
        var plan = await Plans.GetAsync(request.CompanyId, request.FlowId, request.Version, cancellationToken).ConfigureAwait(false);
        return Start(plan, request);
    }

    /// <summary>Starts an instance of a plan compiled by the caller (CLI runs, tests, benchmarks).</summary>
    public InstanceHandle Start(ExecutablePlan plan, StartRequest request)
    {
        Plans.Add(request.CompanyId, plan);
        var input = FlowInputBinder.Bind(plan.Definition, request.Input);
        var now = Time.GetUtcNow();
        var state = new InstanceState
        {
            Id = request.InstanceId ?? Guid.NewGuid().ToString("N"),
            CompanyId = request.CompanyId,
            FlowId = plan.FlowId,
            FlowVersion = plan.Version,
            Variables = plan.NewVariables(),
            Input = input,
            Trigger = Expressions.FlowValues.Normalize(request.Trigger),
            Outputs = new Dictionary<string, object?>(StringComparer.Ordinal),
            ParentInstanceId = request.ParentInstanceId,
            CorrelationId = request.CorrelationId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var handle = new InstanceHandle(state.Id);
        var actor = new InstanceActor(this, plan, state, handle);
        if (!_actors.TryAdd(state.Id, actor)) throw new InvalidOperationException($"Instance '{state.Id}' already exists.");
        actor.Post(new ActorMessage.Start());
        return handle;
    }

    /// <summary>Delivers a stimulus to an instance, loading it from the store when it is not in memory.</summary>
    public async ValueTask<DeliveryResult> DeliverAsync(string instanceId, Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        var actor = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (actor is null) return DeliveryResult.NotFound;
        if (actor.Status.IsFinished()) return DeliveryResult.Finished;
        actor.Post(new ActorMessage.Deliver(stimulus));
        return DeliveryResult.Accepted;
    }

    /// <summary>Delivers a stimulus to the instance whose bookmark has this name and correlation key.</summary>
    public async ValueTask<(DeliveryResult Result, string? InstanceId)> DeliverByBookmarkAsync(Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        var key = stimulus.CorrelationKey ?? throw new ArgumentException("A stimulus delivered by bookmark needs a correlation key.", nameof(stimulus));
        var instanceId = _bookmarkIndex.TryGetValue((stimulus.Name, key), out var live)
            ? live
            : await _store.FindByBookmarkAsync(stimulus.Name, key, cancellationToken).ConfigureAwait(false);
        if (instanceId is null) return (DeliveryResult.NotFound, null);
        return (await DeliverAsync(instanceId, stimulus, cancellationToken).ConfigureAwait(false), instanceId);
    }

    /// <summary>Cancels an instance. <see cref="DeliveryResult.Finished"/> when it had already finished.</summary>
    public async ValueTask<DeliveryResult> CancelAsync(string instanceId, string reason = "Cancelled by request.", CancellationToken cancellationToken = default)
    {
        var actor = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (actor is null) return DeliveryResult.NotFound;
        if (actor.Status.IsFinished()) return DeliveryResult.Finished;
        var message = new ActorMessage.Cancel(reason);
        actor.RequestCancel();
        actor.Post(message);
        return await message.Done.Task.ConfigureAwait(false) ? DeliveryResult.Accepted : DeliveryResult.Finished;
    }

    /// <summary>Completes at the instance's next settle (suspend or finish) after the call, or at once if it has already finished.</summary>
    public async Task<InstanceSettled> WhenSettledAsync(string instanceId, Func<InstanceSettled, bool>? until = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var waiter = new TaskCompletionSource<InstanceSettled>(TaskCreationOptions.RunContinuationsAsynchronously);
            var list = _waiters.GetOrAdd(instanceId, _ => []);
            lock (list) list.Add(waiter);
            var current = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (current is { Status: var status } && status.IsFinished())
            {
                var done = new InstanceSettled(instanceId, status, current.State.Result, current.State.FaultMessage, current.State.FaultNodeId, null);
                if (until is null || until(done)) return done;
            }
            using var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            var settled = await waiter.Task.ConfigureAwait(false);
            if (until is null || until(settled)) return settled;
        }
    }

    /// <summary>
    /// An instance that started here moments ago and has not been written yet (it is written when it
    /// settles or first waits on I/O): what is known of it without touching its running state. Null when
    /// no such instance is live in this process.
    /// </summary>
    public InstanceSnapshot? PeekUnsaved(string instanceId) =>
        _actors.TryGetValue(instanceId, out var actor) && Volatile.Read(ref actor.State.UnsavedMarker) ? actor.Peek() : null;

    /// <summary>Snapshots, journal entries and incidents queued and not yet written.</summary>
    public long WriteBacklog => _persistence.Backlog;

    /// <summary>Waits until everything enqueued so far is written to the store.</summary>
    public Task FlushAsync() => _persistence.FlushAsync();

    internal void Persist(object item) => _persistence.Enqueue(item);

    /// <summary>Keeps live bookmarks with a correlation key findable without a store round trip.</summary>
    internal void IndexBookmark(string instanceId, ActiveBookmark bookmark)
    {
        if (bookmark.CorrelationKey is { } key) _bookmarkIndex[(bookmark.Name, key)] = instanceId;
    }

    internal void UnindexBookmark(string instanceId, ActiveBookmark bookmark)
    {
        if (bookmark.CorrelationKey is { } key) _bookmarkIndex.TryRemove(new KeyValuePair<(string, string), string>((bookmark.Name, key), instanceId));
    }

    internal void RecordIncident(Incident incident) => _persistence.Enqueue(incident);

    internal void OnSettled(InstanceActor actor, InstanceSettled settled)
    {
        actor.Handle?.OnSettled(settled);
        if (_waiters.TryRemove(actor.Id, out var waiters))
        {
            lock (waiters)
            {
                foreach (var waiter in waiters) waiter.TrySetResult(settled);
            }
        }
        Settled?.Invoke(settled);
        if (settled.Status.IsFinished() && actor.State.ParentInstanceId is { } parent)
        {
            var payload = new Dictionary<string, object?>
            {
                ["instanceId"] = actor.Id,
                ["status"] = settled.Status.ToString(),
                ["result"] = settled.Result,
                ["fault"] = settled.FaultMessage,
            };
            _ = DeliverAsync(parent, new Stimulus(SubflowStimulus.Completed, payload, actor.Id)).AsTask();
        }
    }

    internal async ValueTask<string> StartChildAsync(InstanceState parent, string flowId, Dictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var handle = await StartAsync(new StartRequest(parent.CompanyId, flowId, Input: input, ParentInstanceId: parent.Id, CorrelationId: parent.CorrelationId), cancellationToken).ConfigureAwait(false);
        return handle.InstanceId;
    }

    private async ValueTask<InstanceActor?> FindAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (_actors.TryGetValue(instanceId, out var live)) return live;
        var snapshot = await _store.GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null) return null;
        var plan = await Plans.GetAsync(snapshot.CompanyId, snapshot.FlowId, snapshot.FlowVersion, cancellationToken).ConfigureAwait(false);
        var restored = InstanceActor.Restore(this, plan, snapshot);
        if (restored.Status.IsFinished()) return restored;
        var actor = _actors.GetOrAdd(instanceId, restored);
        if (actor == restored && snapshot.Bookmark is { } bookmark) IndexBookmark(instanceId, bookmark);
        return actor;
    }

    // Finished instances leave memory once their last snapshot is durable; a later stimulus loads them (finished) from the store.
    private void OnWritten(IReadOnlyList<InstanceSnapshot> snapshots)
    {
        foreach (var snapshot in snapshots)
        {
            if (!snapshot.Status.IsFinished()) continue;
            if (_actors.TryGetValue(snapshot.Id, out var actor) && actor.State.Revision == snapshot.Revision)
                _actors.TryRemove(new KeyValuePair<string, InstanceActor>(snapshot.Id, actor));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Timers.Dispose();
        await _persistence.DisposeAsync().ConfigureAwait(false);
    }
}
