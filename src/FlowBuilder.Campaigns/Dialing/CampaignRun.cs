using System.Threading.Channels;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>
/// One campaign's dialling on this node: a loop that, each time it is woken, reads the campaign, turns it Active at its start
/// time, completes it at its end time or when every contact is finished, and otherwise claims due contacts up to the free call
/// slots (<see cref="CampaignRun.Attempts"/> places the calls). Then it sets its timer for the next due contact or the poll
/// interval and waits.
/// </summary>
internal sealed partial class CampaignRun
{
    public const string EndedReason = "campaign-ended";
    public const string StoppedReason = "campaign-stopped";

    private readonly CampaignDialer _dialer;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _state = new();
    private readonly PredictivePacer _pacer;
    private ITimer? _timer;
    private Task _loop = Task.CompletedTask;
    private bool _waiting;
    private bool _wakePending;
    private int _inFlight;
    private Campaign? _campaign;
    private DateTimeOffset? _nextDue;

    public CampaignRun(CampaignDialer dialer, string companyId, string campaignId)
    {
        _dialer = dialer;
        CompanyId = companyId;
        CampaignId = campaignId;
        _pacer = new PredictivePacer();
    }

    public string CompanyId { get; }

    public string CampaignId { get; }

    public bool IsRunning => !_loop.IsCompleted;

    public PredictivePacer Pacer => _pacer;

    public int InFlight
    {
        get
        {
            lock (_state) return _inFlight;
        }
    }

    public bool IsIdle
    {
        get
        {
            lock (_state) return _inFlight == 0 && (_loop.IsCompleted || (_waiting && !_wakePending));
        }
    }

    public bool IsWaiting
    {
        get
        {
            lock (_state) return _loop.IsCompleted || (_waiting && !_wakePending);
        }
    }

    public void EnsureRunning()
    {
        lock (_state)
        {
            if (!_loop.IsCompleted) return;
            _loop = Task.Run(LoopAsync);
        }
    }

    public void Wake()
    {
        lock (_state) _wakePending = true;
        _wake.Writer.TryWrite(true);
    }

    public Task StoppedAsync() => _loop;

    public CampaignLiveView View()
    {
        var campaign = _campaign;
        var pool = _dialer.Operators;
        var mode = campaign?.Mode ?? CampaignMode.AutoInformer;
        return new CampaignLiveView(
            CampaignId, InFlight, campaign?.MaxConcurrentCalls ?? 0, pool?.Ready(CampaignId) ?? 0, pool?.Busy(CampaignId) ?? 0,
            mode switch { CampaignMode.Predictive => _pacer.Ratio, CampaignMode.Progressive => 1, _ => 0 },
            mode == CampaignMode.Predictive ? _pacer.AbandonmentRate : 0,
            _nextDue);
    }

    private async Task LoopAsync()
    {
        var stopping = _dialer.Stopping;
        try
        {
            await _dialer.Recovered.WaitAsync(stopping).ConfigureAwait(false);
            while (true)
            {
                lock (_state) _waiting = true;
                _dialer.OnChanged(CampaignId);
                await _wake.Reader.ReadAsync(stopping).ConfigureAwait(false);
                lock (_state) (_waiting, _wakePending) = (false, false);
                bool goOn;
                using (await _dialer.LockAsync(CampaignId, stopping).ConfigureAwait(false))
                    goOn = await PassAsync(stopping).ConfigureAwait(false);
                if (!goOn) break;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            _dialer.Logger.LogError(error, "Campaign {CampaignId}: the dialer loop failed; it restarts with the next poll", CampaignId);
        }
        finally
        {
            _timer?.Dispose();
            lock (_state) _waiting = false;
            _dialer.OnChanged(CampaignId);
        }
    }

    /// <summary>One look at the campaign; false when this node has nothing more to do for it.</summary>
    private async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        var store = _dialer.Store;
        var now = _dialer.Time.GetUtcNow();
        var campaign = await store.GetAsync(CompanyId, CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null) return false;
        if (campaign.Status == CampaignStatus.Scheduled)
        {
            if (campaign.Schedule.StartAt is { } startAt && startAt > now)
            {
                _campaign = campaign;
                WakeAt(startAt, now);
                return true;
            }
            campaign = campaign with { Status = CampaignStatus.Active, StartedAt = campaign.StartedAt ?? now, UpdatedAt = now };
            await store.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
            await PublishAsync(EventTypes.CampaignStarted, campaign, now).ConfigureAwait(false);
        }
        _campaign = campaign;
        _pacer.AbandonLimit = campaign.AbandonLimit;
        if (campaign.Status is not (CampaignStatus.Active or CampaignStatus.Paused)) return false;
        if (campaign.Schedule.EndAt is { } endAt && now >= endAt)
        {
            await CompleteAsync(campaign, EndedReason, now, cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (campaign.Status == CampaignStatus.Paused)
        {
            WakeAt(campaign.Schedule.EndAt, now);
            return true;
        }
        if (await RefusalAsync(cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            await PauseForSpendingAsync(campaign, refusal, now, cancellationToken).ConfigureAwait(false);
            WakeAt(campaign.Schedule.EndAt, now);
            return true;
        }
        var progressed = await DialDueAsync(campaign, now, cancellationToken).ConfigureAwait(false);
        _nextDue = await store.NextDueAsync(CampaignId, cancellationToken).ConfigureAwait(false);
        if (_nextDue is null && InFlight == 0)
        {
            var counts = await store.CountAsync(CampaignId, cancellationToken).ConfigureAwait(false);
            if (counts.Waiting == 0 && counts.Dialling == 0)
            {
                await CompleteAsync(campaign, reason: null, now, cancellationToken).ConfigureAwait(false);
                return false;
            }
        }
        if (progressed) Wake();
        var wakeAt = _nextDue is { } due && due > now ? due : (DateTimeOffset?)null;
        if (campaign.Schedule.EndAt is { } ends && (wakeAt is null || ends < wakeAt)) wakeAt = ends;
        WakeAt(wakeAt, now);
        return true;
    }

    /// <summary>Completed: the waiting contacts are skipped with <paramref name="reason"/> (none when every contact is finished);
    /// calls in progress go on to their end.</summary>
    public async Task CompleteAsync(Campaign campaign, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (reason is not null) await _dialer.Store.SkipRemainingAsync(CampaignId, reason, cancellationToken).ConfigureAwait(false);
        var completed = campaign with { Status = CampaignStatus.Completed, CompletedAt = now, UpdatedAt = now };
        await _dialer.Store.UpdateAsync(completed, cancellationToken).ConfigureAwait(false);
        _campaign = completed;
        await PublishAsync(EventTypes.CampaignCompleted, completed, now).ConfigureAwait(false);
        _dialer.Logger.LogInformation("Campaign {CampaignId} completed ({Reason})", CampaignId, reason ?? "every contact finished");
    }

    public Task PublishAsync(string type, Campaign campaign, DateTimeOffset at) =>
        CampaignEvents.PublishAsync(_dialer.Events, _dialer.Store, type, campaign, at, _dialer.Logger);

    /// <summary>Sets the timer for <paramref name="at"/>, or the poll interval when that is sooner or none is given.</summary>
    private void WakeAt(DateTimeOffset? at, DateTimeOffset now)
    {
        var poll = now + TimeSpan.FromSeconds(Math.Max(1, _dialer.Options.PollSeconds));
        var target = at is { } when && when < poll ? when : poll;
        var due = target - _dialer.Time.GetUtcNow();
        if (due <= TimeSpan.Zero)
        {
            Wake();
            return;
        }
        _timer ??= _dialer.Time.CreateTimer(_ => Wake(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }
}
