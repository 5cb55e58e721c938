using System.Collections.Concurrent;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Compilation;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Runtime;

/// <summary>
/// One live instance with its inbox. Messages (start, stimuli, cancel) are handled one at a time on
/// the thread pool, so an instance never runs on two threads at once and no lock guards its state.
/// A stimulus that no bookmark waits for yet is kept in <see cref="InstanceState.PendingStimuli"/>.
/// </summary>
internal sealed partial class InstanceActor : IInstanceHost, IThreadPoolWorkItem
{
    private readonly ConcurrentQueue<ActorMessage> _inbox = new();
    private readonly FlowEngine _engine;
    private readonly InstanceState _state;
    private readonly ActivityContext _context;
    private readonly CancellationTokenSource _cancellation = new();
    private int _scheduled;

    public InstanceActor(FlowEngine engine, ExecutablePlan plan, InstanceState state, InstanceHandle? handle)
    {
        _engine = engine;
        Plan = plan;
        _state = state;
        Handle = handle;
        _context = new ActivityContext(state, this)
        {
            RecordInputs = engine.Options.Journal && engine.Options.JournalValues,
            CancellationToken = _cancellation.Token,
        };
    }

    public string Id => _state.Id;
    public ExecutablePlan Plan { get; }
    public InstanceHandle? Handle { get; private set; }
    public InstanceStatus Status => _state.Status;
    internal InstanceState State => _state;

    public TimeProvider Time => _engine.Time;
    public IServiceProvider Services => _engine.Services;
    public ILogger Logger => _engine.Logger;

    public void Post(ActorMessage message)
    {
        _inbox.Enqueue(message);
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0) ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute() => _ = DrainAsync();

    private async Task DrainAsync()
    {
        while (true)
        {
            while (_inbox.TryDequeue(out var message))
            {
                try
                {
                    await HandleAsync(message).ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    // A bug in the engine or an activity that escaped every guard: fail this instance, not the process.
                    Logger.LogError(error, "Instance {InstanceId} failed while handling {Message}", Id, message.GetType().Name);
                    FailUnexpectedly(error);
                }
            }
            Volatile.Write(ref _scheduled, 0);
            if (_inbox.IsEmpty || Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0) return;
        }
    }

    private async ValueTask HandleAsync(ActorMessage message)
    {
        switch (message)
        {
            case ActorMessage.Start:
                await RunAsync(Plan.Start, resumeWith: null).ConfigureAwait(false);
                break;
            case ActorMessage.Deliver deliver:
                await DeliverAsync(deliver.Stimulus).ConfigureAwait(false);
                break;
            case ActorMessage.Cancel cancel:
                cancel.Done.TrySetResult(CancelNow(cancel.Reason));
                break;
        }
    }

    private async ValueTask DeliverAsync(Stimulus stimulus)
    {
        if (_state.Status.IsFinished()) return;
        if (_state.Bookmark is { } bookmark && Matches(bookmark, stimulus))
        {
            await ResumeAsync(bookmark, stimulus).ConfigureAwait(false);
            return;
        }
        if (stimulus.IsTimeout) return; // the timer of a wait that has already ended
        if (_state.PendingStimuli.Count >= _engine.Options.MaxPendingStimuli)
        {
            Logger.LogWarning("Instance {InstanceId} dropped stimulus {Stimulus}: {Limit} are already waiting to be used", Id, stimulus.Name, _engine.Options.MaxPendingStimuli);
            return;
        }
        _state.PendingStimuli.Add(stimulus);
        if (_state.Status == InstanceStatus.Suspended) _engine.Persist(Snapshot());
    }

    private static bool Matches(ActiveBookmark bookmark, Stimulus stimulus)
    {
        if (stimulus.IsTimeout) return bookmark.ResumeAt is not null && stimulus.BookmarkId == bookmark.Id;
        return stimulus.Name == bookmark.Name && (bookmark.CorrelationKey is null || bookmark.CorrelationKey == stimulus.CorrelationKey);
    }

    private bool CancelNow(string reason)
    {
        if (_state.Status.IsFinished()) return false;
        _state.PendingStimuli.Clear();
        _state.FaultMessage = reason;
        Finish(InstanceStatus.Cancelled);
        return true;
    }

    /// <summary>Cancels the running step at once (its activity sees the token); the instance is then
    /// marked cancelled by the <see cref="ActorMessage.Cancel"/> that follows in the inbox.</summary>
    public void RequestCancel() => _cancellation.Cancel();

    public void Reply(FlowReply reply) => Handle?.OnReply(reply);

    public ValueTask<string> StartChildAsync(string flowId, Dictionary<string, object?> input, CancellationToken cancellationToken) =>
        _engine.StartChildAsync(_state, flowId, input, cancellationToken);

    /// <summary>Attaches a new waiter (a synchronous webhook) to an instance that is already live.</summary>
    public void Attach(InstanceHandle handle) => Handle ??= handle;
}
