using System.Threading.Channels;
using FlowBuilder.Campaigns.ClickToCall.Hosting;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>
/// Dials click-to-call requests (a hosted service). One loop, woken by its poll timer on the injected <see cref="TimeProvider"/>
/// (<see cref="ClickToCallOptions.PollSeconds"/>), by accepted requests and call backs (<see cref="ClickToCallSignal"/>) and by
/// finished attempts, claims due requests up to <see cref="ClickToCallOptions.MaxConcurrentRequests"/> in flight and runs each
/// attempt as an async task (<see cref="RunAttemptAsync"/>): the campaign's flow places the calls; the dispatcher only reads
/// its result. At shutdown the attempts in flight stay claimed: when the node starts again (same
/// <see cref="ClickToCallOptions.NodeName"/>) it finishes them as interrupted before it claims anything (a failed client attempt,
/// retried under the campaign's client retry rule); if it does not, their claims lapse and the next pass of any node does.
/// </summary>
internal sealed partial class ClickToCallDispatcher : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Lock _state = new();
    private readonly HashSet<Task> _running = [];
    private readonly ClickToCallSignal _signal;
    private int _inFlight;
    private bool _waiting;
    private bool _wakePending;
    private int _disposed;

    public ClickToCallDispatcher(
        ICallbackRequestStore requests,
        IClickToCallCampaignStore campaigns,
        IDestinationRates? rates,
        FlowEngine engine,
        ClickToCallSignal signal,
        IEventPublisher events,
        TimeProvider time,
        IOptions<ClickToCallOptions> options,
        ILogger<ClickToCallDispatcher> logger,
        ICallRecordStore? records = null,
        ISpendingGuard? spending = null,
        IMeter? meter = null)
    {
        Records = records;
        Spending = spending;
        Meter = meter;
        Requests = requests;
        Campaigns = campaigns;
        Rates = rates;
        Engine = engine;
        Events = events;
        Time = time;
        Options = options.Value;
        Logger = logger;
        _signal = signal;
        _signal.Raised += Wake;
    }

    internal ICallbackRequestStore Requests { get; }
    internal IClickToCallCampaignStore Campaigns { get; }
    internal IDestinationRates? Rates { get; }
    internal ICallRecordStore? Records { get; }
    internal ISpendingGuard? Spending { get; }
    internal IMeter? Meter { get; }
    internal FlowEngine Engine { get; }
    internal IEventPublisher Events { get; }
    internal TimeProvider Time { get; }
    internal ClickToCallOptions Options { get; }
    internal ILogger Logger { get; }
    internal CancellationToken Stopping => _shutdown.Token;

    /// <summary>Raised after every pass and every attempt's end (tests wait on it).</summary>
    internal event Action? Changed;

    public int InFlight
    {
        get
        {
            lock (_state) return _inFlight;
        }
    }

    /// <summary>True when the loop waits with no wake pending and no attempt in flight.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_state) return _waiting && !_wakePending && _inFlight == 0;
        }
    }

    /// <summary>True when the loop waits with no wake pending (attempts may be in flight).</summary>
    public bool IsWaiting
    {
        get
        {
            lock (_state) return _waiting && !_wakePending;
        }
    }

    public void Wake()
    {
        lock (_state) _wakePending = true;
        _wake.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            Logger.LogInformation("Click-to-call dialling is off on this node (FlowBuilder:ClickToCall:Enabled); requests are taken but not dialled here");
            return;
        }
        using var linked = stoppingToken.Register(() => _shutdown.Cancel());
        var poll = TimeSpan.FromSeconds(Math.Max(1, Options.PollSeconds));
        var stopping = Stopping;
        while (!_recovered.Task.IsCompleted)
        {
            try
            {
                await RecoverOwnAsync(stopping).ConfigureAwait(false);
                _recovered.TrySetResult();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                Logger.LogError(error, "Recovering the click-to-call requests node {Node} left calling failed; nothing is claimed until it succeeds. Trying again in {Seconds} s",
                    Options.NodeName, poll.TotalSeconds);
                await Task.Delay(poll, Time, stopping).ConfigureAwait(false);
            }
        }
        using var timer = Time.CreateTimer(_ => Wake(), null, poll, poll);
        Wake();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                lock (_state) _waiting = true;
                OnChanged();
                await _wake.Reader.ReadAsync(stopping).ConfigureAwait(false);
                lock (_state) (_waiting, _wakePending) = (false, false);
                await PassAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                Logger.LogError(error, "Looking for click-to-call requests to dial failed; trying again in {Seconds} s", poll.TotalSeconds);
            }
        }
        lock (_state) _waiting = false;
    }

    /// <summary>Claims due requests for the free slots and starts their attempts.</summary>
    private async Task PassAsync(CancellationToken cancellationToken)
    {
        var free = Math.Max(1, Options.MaxConcurrentRequests) - InFlight;
        if (free <= 0) return;
        var now = Time.GetUtcNow();
        var claimed = await Requests.ClaimDueAsync(now, free, Options.NodeName, now + ClaimLease, cancellationToken).ConfigureAwait(false);
        foreach (var request in claimed)
        {
            lock (_state) _inFlight++;
            var attempt = Task.Run(() => RunAttemptAsync(request));
            lock (_state) _running.Add(attempt);
            _ = attempt.ContinueWith(done =>
            {
                lock (_state)
                {
                    _running.Remove(done);
                    _inFlight--;
                    _wakePending = true;
                }
                _wake.Writer.TryWrite(true);
                OnChanged();
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        if (claimed.Count == free) Wake();
    }

    internal TimeSpan ClaimLease => TimeSpan.FromSeconds(Math.Max(10, Options.ClaimSeconds));

    private void OnChanged()
    {
        try
        {
            Changed?.Invoke();
        }
        catch (Exception error)
        {
            Logger.LogError(error, "A click-to-call change handler failed");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 1) return;
        try
        {
            await _shutdown.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Task[] running;
        lock (_state) running = [.. _running];
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _signal.Raised -= Wake;
        _shutdown.Cancel();
        _shutdown.Dispose();
        base.Dispose();
    }
}
