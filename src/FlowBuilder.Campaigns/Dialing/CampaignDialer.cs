using System.Collections.Concurrent;
using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>
/// The campaign dialer (a hosted service). At start it finishes the attempts this node left open as
/// <see cref="AttemptDisposition.Interrupted"/> (a kill -9 mid-call), then keeps one <see cref="CampaignRun"/> per Scheduled or
/// Active campaign: a loop woken by its timer (on the injected <see cref="TimeProvider"/>), by finished calls, by operators
/// becoming Ready and by control commands. No thread per call: each call is an async task. Control commands and the run's
/// passes take the same per-campaign lock, so a campaign's status changes one at a time.
/// </summary>
internal sealed partial class CampaignDialer : BackgroundService, IPreviewDialing
{
    private readonly ConcurrentDictionary<string, CampaignRun> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _shutdown = new();
    private int _disposed;

    public CampaignDialer(
        ICampaignStore store,
        IContactStore contacts,
        IDoNotCallList doNotCall,
        ICallerListStore callers,
        CallChannels channels,
        CallFlows callFlows,
        LiveAttempts live,
        IEventPublisher events,
        TimeProvider time,
        IOptions<CampaignOptions> options,
        ILogger<CampaignDialer> logger,
        IOperatorPool? operators = null,
        ISpendingGuard? spending = null)
    {
        Spending = spending;
        Store = store;
        Contacts = contacts;
        DoNotCall = doNotCall;
        Callers = callers;
        Channels = channels;
        CallFlows = callFlows;
        Live = live;
        Events = events;
        Time = time;
        Options = options.Value;
        Logger = logger;
        Operators = operators;
        CompanyLimit = new CompanyCallLimit(Options.MaxConcurrentCalls);
        if (operators is not null) operators.OperatorReady += Wake;
    }

    internal ICampaignStore Store { get; }
    internal IContactStore Contacts { get; }
    internal IDoNotCallList DoNotCall { get; }
    internal ICallerListStore Callers { get; }
    internal CallChannels Channels { get; }
    internal CallFlows CallFlows { get; }
    internal LiveAttempts Live { get; }
    internal IEventPublisher Events { get; }
    internal TimeProvider Time { get; }
    internal CampaignOptions Options { get; }
    internal ILogger Logger { get; }
    internal IOperatorPool? Operators { get; }
    internal ISpendingGuard? Spending { get; }
    internal CompanyCallLimit CompanyLimit { get; }
    internal CancellationToken Stopping => _shutdown.Token;
    internal Task Recovered => _recovered.Task;

    /// <summary>Raised with the campaign id after every pass of its loop and every finished attempt (tests wait on it).</summary>
    internal event Action<string>? Changed;

    /// <summary>Makes sure the campaign has a run on this node and wakes it (after start, resume, or a change).</summary>
    public void Activate(string companyId, string campaignId)
    {
        var run = _runs.GetOrAdd(campaignId, id => new CampaignRun(this, companyId, id));
        run.EnsureRunning();
        run.Wake();
    }

    /// <summary>Wakes the campaign's loop, if it has one on this node.</summary>
    public void Wake(string campaignId)
    {
        if (_runs.TryGetValue(campaignId, out var run)) run.Wake();
    }

    /// <summary>Wakes every run of the company (a company call slot came free).</summary>
    internal void WakeCompany(string companyId)
    {
        foreach (var run in _runs.Values)
            if (run.CompanyId == companyId && run.IsRunning) run.Wake();
    }

    public CampaignLiveView? LiveView(string campaignId) => _runs.TryGetValue(campaignId, out var run) && run.IsRunning ? run.View() : null;

    /// <summary>True when the campaign's loop waits with nothing to do now: no wake pending and no call in progress.</summary>
    internal bool IsIdle(string campaignId) => !_runs.TryGetValue(campaignId, out var run) || run.IsIdle;

    /// <summary>True when the campaign's loop waits with no wake pending (calls may be in progress).</summary>
    internal bool IsWaiting(string campaignId) => !_runs.TryGetValue(campaignId, out var run) || run.IsWaiting;

    internal CampaignRun? Run(string campaignId) => _runs.GetValueOrDefault(campaignId);

    /// <summary>The campaign's lock: a run's pass and a control command never interleave.</summary>
    internal async Task<IDisposable> LockAsync(string campaignId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(campaignId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    internal void OnChanged(string campaignId)
    {
        try
        {
            Changed?.Invoke(campaignId);
        }
        catch (Exception error)
        {
            Logger.LogError(error, "A campaign change handler failed");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var linked = stoppingToken.Register(() => _shutdown.Cancel());
        var poll = TimeSpan.FromSeconds(Math.Max(1, Options.PollSeconds));
        while (!_recovered.Task.IsCompleted)
        {
            try
            {
                await RecoverAsync(stoppingToken).ConfigureAwait(false);
                _recovered.TrySetResult();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                Logger.LogError(error, "Recovering the campaign attempts node {Node} left open failed; no campaign is dialled until it succeeds. Trying again in {Seconds} s",
                    Options.NodeName, poll.TotalSeconds);
                await Task.Delay(poll, Time, stoppingToken).ConfigureAwait(false);
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var campaign in await Store.ListByStatusAsync([CampaignStatus.Scheduled, CampaignStatus.Active], stoppingToken).ConfigureAwait(false))
                    if (!_runs.TryGetValue(campaign.Id, out var run) || !run.IsRunning) Activate(campaign.CompanyId, campaign.Id);
                await Task.Delay(poll, Time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                Logger.LogError(error, "Looking for campaigns to dial failed; trying again in {Seconds} s", poll.TotalSeconds);
                await Task.Delay(poll, Time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down in a hurry may dispose its services before it stops them: then there is nothing left to stop.
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
        await Task.WhenAll(_runs.Values.Select(r => r.StoppedAsync())).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Idempotent: the container disposes the dialer once per registration it is resolved through.</summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (Operators is not null) Operators.OperatorReady -= Wake;
        _shutdown.Cancel();
        _shutdown.Dispose();
        base.Dispose();
    }

    /// <summary>Finishes the attempts this node left open (as Interrupted, counted, retried per the Failed rule) and gives
    /// back the contacts it had claimed, in every campaign that may still have some.</summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var campaigns = await Store.ListByStatusAsync(
            [CampaignStatus.Scheduled, CampaignStatus.Active, CampaignStatus.Paused, CampaignStatus.Completed], cancellationToken).ConfigureAwait(false);
        foreach (var campaign in campaigns)
        {
            var open = await Store.RecoverAsync(campaign.Id, Options.NodeName, cancellationToken).ConfigureAwait(false);
            foreach (var attempt in open)
            {
                var now = Time.GetUtcNow();
                var interrupted = attempt with
                {
                    Disposition = AttemptDisposition.Interrupted,
                    EndedAt = now,
                    TalkSeconds = attempt.AnsweredAt is { } answeredAt ? Math.Max(0, (now - answeredAt).TotalSeconds) : 0,
                };
                var next = RetrySchedule.NextAttemptAt(campaign.Retry, AttemptDisposition.Interrupted, attempt.Number, now);
                await Store.FinishAttemptAsync(new AttemptOutcome(interrupted, next), cancellationToken).ConfigureAwait(false);
                if (next is not null && campaign.Status == CampaignStatus.Completed)
                    await Store.SkipAsync(campaign.Id, attempt.ContactId, CampaignRun.EndedReason, cancellationToken).ConfigureAwait(false);
            }
            if (open.Count > 0)
                Logger.LogWarning("Campaign {CampaignId}: {Count} attempts were in progress when node {Node} stopped; finished as interrupted",
                    campaign.Id, open.Count, Options.NodeName);
        }
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
