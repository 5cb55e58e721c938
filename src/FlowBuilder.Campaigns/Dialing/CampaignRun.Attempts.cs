using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Dialing;

internal sealed partial class CampaignRun
{
    private readonly HashSet<LiveAttempt> _live = [];

    /// <summary>Claims due contacts up to the free call slots and dials those that pass the checks. True when some contact was
    /// skipped or deferred to a later window, so another pass may find more to dial at once.</summary>
    private async Task<bool> DialDueAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slots = FreeSlots(campaign);
        if (slots <= 0) return false;
        var options = _dialer.Options;
        var claimed = await _dialer.Store.ClaimDueAsync(CampaignId, now, slots, options.NodeName, now + options.ClaimLease, cancellationToken).ConfigureAwait(false);
        var progressed = false;
        for (var i = 0; i < claimed.Count; i++)
        {
            if (!await MayDialAsync(campaign, claimed[i], now, cancellationToken).ConfigureAwait(false))
            {
                progressed = true;
                continue;
            }
            var (status, _) = await TryDialAsync(campaign, claimed[i], reservedOperator: null, now, cancellationToken).ConfigureAwait(false);
            if (status is DialStart.Dialled or DialStart.Lost) continue;
            // No slot, operator or channel now: give back this and the rest of the claim, due now (a finished call wakes us).
            for (var j = i; j < claimed.Count; j++)
                await _dialer.Store.DeferAsync(CampaignId, claimed[j].ContactId, now, Reason(status), cancellationToken).ConfigureAwait(false);
            break;
        }
        return progressed;
    }

    private static string Reason(DialStart status) => status switch
    {
        DialStart.NoOperator => "no-operator",
        DialStart.NoChannel => "no-call-channel",
        _ => "call-limit",
    };

    private int FreeSlots(Campaign campaign)
    {
        var limit = _dialer.CompanyLimit;
        var free = Math.Min(campaign.MaxConcurrentCalls - InFlight, limit.Limit - limit.InProgress(CompanyId));
        var ready = _dialer.Operators?.Ready(CampaignId) ?? 0;
        return campaign.Mode switch
        {
            CampaignMode.AutoInformer => free,
            CampaignMode.Progressive => Math.Min(free, ready),
            CampaignMode.Predictive => Math.Min(free, _pacer.Target(ready) - WaitingForOperator()),
            _ => 0,
        };
    }

    private int WaitingForOperator()
    {
        lock (_state) return _live.Count(l => l.Operator is null && !l.Abandoned);
    }

    /// <summary>Checks a claimed contact against calling hours (else deferred to the next window in its zone), the do-not-call
    /// list and the company's blacklist (else skipped with the reason). An unknown zone falls back to the campaign's.</summary>
    public async Task<bool> MayDialAsync(Campaign campaign, CampaignContact entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = _dialer.Store;
        var zone = CallingHours.FindZone(entry.TimeZone) ?? CallingHours.FindZone(campaign.Schedule.TimeZone) ?? NodaTime.DateTimeZone.Utc;
        if (!CallingHours.IsOpen(campaign.Schedule, zone, now))
        {
            var next = CallingHours.NextOpen(campaign.Schedule, zone, now) ?? campaign.Schedule.EndAt ?? now.AddDays(1);
            await store.DeferAsync(CampaignId, entry.ContactId, next, "outside-hours", cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (await _dialer.DoNotCall.ContainsAsync(CompanyId, entry.Phone, cancellationToken).ConfigureAwait(false))
        {
            await store.SkipAsync(CampaignId, entry.ContactId, "do-not-call", cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (await _dialer.Callers.FindAsync(CompanyId, entry.Phone, cancellationToken).ConfigureAwait(false) is { Kind: CallerListKind.Blocked })
        {
            await store.SkipAsync(CampaignId, entry.ContactId, "blacklisted", cancellationToken).ConfigureAwait(false);
            return false;
        }
        return true;
    }

    /// <summary>Begins the attempt in the store (before anything is dialled) and places the call in the background, when the
    /// campaign's and the company's limits allow and (progressive) an operator could be reserved.</summary>
    public async Task<(DialStart Status, CampaignAttempt? Attempt)> TryDialAsync(
        Campaign campaign, CampaignContact entry, string? reservedOperator, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channel = campaign.Channel is null ? _dialer.Channels.Default : _dialer.Channels.Named(campaign.Channel);
        if (channel is null)
        {
            _dialer.Logger.LogError("Campaign {CampaignId}: call channel '{Channel}' is not configured on this node; nothing is dialled",
                CampaignId, campaign.Channel ?? "(default)");
            return (DialStart.NoChannel, null);
        }
        var attemptId = "att_" + Guid.NewGuid().ToString("N");
        lock (_state)
        {
            if (_inFlight >= campaign.MaxConcurrentCalls) return (DialStart.NoCapacity, null);
            if (!_dialer.CompanyLimit.TryTake(CompanyId)) return (DialStart.NoCapacity, null);
            _inFlight++;
        }
        var reservedHere = false;
        if (reservedOperator is null && campaign.Mode == CampaignMode.Progressive)
        {
            reservedOperator = _dialer.Operators?.TryReserve(CampaignId, attemptId);
            if (reservedOperator is null)
            {
                GiveSlot();
                return (DialStart.NoOperator, null);
            }
            reservedHere = true;
        }
        CampaignAttempt? attempt;
        try
        {
            // Dated when its slot is taken, not when the pass began: a call that freed a slot meanwhile ended after the pass's now.
            attempt = await _dialer.Store.BeginAttemptAsync(new CampaignAttempt(attemptId, CampaignId, entry.ContactId, 0, entry.Phone, Later(now, _dialer.Time.GetUtcNow()))
            {
                CallId = $"{channel.Channel}-{Guid.NewGuid():N}",
                Node = _dialer.Options.NodeName,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            if (reservedHere) _dialer.Operators?.Release(CampaignId, attemptId);
            GiveSlot();
            throw;
        }
        if (attempt is null)
        {
            if (reservedHere) _dialer.Operators?.Release(CampaignId, attemptId);
            GiveSlot();
            return (DialStart.Lost, null);
        }
        var live = new LiveAttempt(campaign, attempt) { ReservedOperator = reservedOperator };
        lock (_state) _live.Add(live);
        _ = PlaceCallAsync(campaign, live, channel);
        return (DialStart.Dialled, attempt);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void GiveSlot()
    {
        lock (_state) _inFlight--;
        _dialer.CompanyLimit.Give(CompanyId);
    }
}
