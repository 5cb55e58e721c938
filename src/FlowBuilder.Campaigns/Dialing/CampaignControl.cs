using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Persistence;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>The campaign lifecycle (<see cref="ICampaignControl"/>): checks a campaign before it starts, fills its work queue,
/// and hands it to the <see cref="CampaignDialer"/>. Each command holds the campaign's lock, as the dialer's passes do.</summary>
internal sealed class CampaignControl(
    ICampaignStore store,
    IContactStore contacts,
    IFlowRepository flows,
    CallChannels channels,
    CampaignDialer dialer,
    TimeProvider time,
    IOptions<CampaignOptions> options) : ICampaignControl
{
    private const string ConnectOperatorType = "campaign.connect-operator";

    public async ValueTask<CampaignCommandResult> StartAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        using var held = await dialer.LockAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null) return CampaignCommandResult.NotFound(campaignId);
        if (campaign.Status != CampaignStatus.Draft)
            return CampaignCommandResult.Conflict(campaign, $"Campaign '{campaignId}' is {JsonNames.Of(campaign.Status)}; only a draft can be started.");
        var now = time.GetUtcNow();
        var (version, error) = await CheckAsync(campaign, now, cancellationToken).ConfigureAwait(false);
        if (error is not null) return CampaignCommandResult.Invalid(campaign, error);
        var dueAt = campaign.Schedule.StartAt is { } startAt && startAt > now ? startAt : now;
        var queued = await store.EnqueueGroupsAsync(campaign.Id, campaign.GroupIds, campaign.Schedule.TimeZone, dueAt, cancellationToken).ConfigureAwait(false);
        var counts = await store.CountAsync(campaign.Id, cancellationToken).ConfigureAwait(false);
        if (queued == 0 && counts.Contacts == 0)
            return CampaignCommandResult.Invalid(campaign, $"Campaign '{campaignId}' has no contacts to call: its groups are empty. Import contacts first.");
        var active = dueAt <= now;
        campaign = campaign with
        {
            FlowVersion = version,
            Status = active ? CampaignStatus.Active : CampaignStatus.Scheduled,
            StartedAt = active ? now : null,
            UpdatedAt = now,
            Error = null,
        };
        await store.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
        if (active) await PublishAsync(EventTypes.CampaignStarted, campaign, now).ConfigureAwait(false);
        dialer.Activate(companyId, campaignId);
        return CampaignCommandResult.Ok(campaign);
    }

    public async ValueTask<CampaignCommandResult> PauseAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        using var held = await dialer.LockAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null) return CampaignCommandResult.NotFound(campaignId);
        if (campaign.Status is not (CampaignStatus.Scheduled or CampaignStatus.Active))
            return CampaignCommandResult.Conflict(campaign, $"Campaign '{campaignId}' is {JsonNames.Of(campaign.Status)}; only a scheduled or active campaign can be paused.");
        campaign = campaign with { Status = CampaignStatus.Paused, UpdatedAt = time.GetUtcNow() };
        await store.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
        dialer.Wake(campaignId);
        return CampaignCommandResult.Ok(campaign);
    }

    public async ValueTask<CampaignCommandResult> ResumeAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        using var held = await dialer.LockAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null) return CampaignCommandResult.NotFound(campaignId);
        if (campaign.Status != CampaignStatus.Paused)
            return CampaignCommandResult.Conflict(campaign, $"Campaign '{campaignId}' is {JsonNames.Of(campaign.Status)}; only a paused campaign can be resumed.");
        var now = time.GetUtcNow();
        var active = campaign.Schedule.StartAt is not { } startAt || startAt <= now;
        campaign = campaign with
        {
            Status = active ? CampaignStatus.Active : CampaignStatus.Scheduled, StartedAt = campaign.StartedAt ?? (active ? now : null), UpdatedAt = now,
            Error = campaign.Error?.StartsWith(CampaignRun.SpendingPausePrefix, StringComparison.Ordinal) == true ? null : campaign.Error,
        };
        await store.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
        dialer.Activate(companyId, campaignId);
        return CampaignCommandResult.Ok(campaign);
    }

    public async ValueTask<CampaignCommandResult> StopAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        using var held = await dialer.LockAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null) return CampaignCommandResult.NotFound(campaignId);
        if (campaign.Status is not (CampaignStatus.Scheduled or CampaignStatus.Active or CampaignStatus.Paused))
            return CampaignCommandResult.Conflict(campaign, $"Campaign '{campaignId}' is {JsonNames.Of(campaign.Status)}; only a scheduled, active or paused campaign can be stopped.");
        var now = time.GetUtcNow();
        await store.SkipRemainingAsync(campaignId, CampaignRun.StoppedReason, cancellationToken).ConfigureAwait(false);
        campaign = campaign with { Status = CampaignStatus.Completed, CompletedAt = now, UpdatedAt = now };
        await store.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
        await PublishAsync(EventTypes.CampaignCompleted, campaign, now).ConfigureAwait(false);
        dialer.Wake(campaignId);
        return CampaignCommandResult.Ok(campaign);
    }

    public CampaignLiveView? Live(string campaignId) => dialer.LiveView(campaignId);

    private Task PublishAsync(string type, Campaign campaign, DateTimeOffset at) =>
        CampaignEvents.PublishAsync(dialer.Events, store, type, campaign, at, dialer.Logger);

    /// <summary>Everything a campaign needs before it may start; the pinned flow version, or the first problem found.</summary>
    private async Task<(int? Version, string? Error)> CheckAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var flow = await flows.GetAsync(campaign.CompanyId, campaign.FlowId, cancellationToken).ConfigureAwait(false);
        if (flow is null) return (null, $"flowId: flow '{campaign.FlowId}' does not exist. Pick a published flow.");
        if (flow.PublishedVersion is not { } version)
            return (null, $"flowId: flow '{campaign.FlowId}' is not published. Publish it in the designer first.");
        var published = await flows.GetVersionAsync(campaign.CompanyId, campaign.FlowId, version, cancellationToken).ConfigureAwait(false);
        if (published is null || published.Retracted) return (null, $"flowId: version {version} of flow '{campaign.FlowId}' is not available. Publish the flow again.");
        if (campaign.GroupIds.Count == 0) return (null, "groupIds: a campaign needs at least one subscriber group.");
        foreach (var groupId in campaign.GroupIds)
        {
            var group = await contacts.GetGroupAsync(campaign.CompanyId, groupId, cancellationToken).ConfigureAwait(false);
            if (group is null) return (null, $"groupIds: group '{groupId}' does not exist.");
            if (await contacts.CountContactsAsync(campaign.CompanyId, groupId, cancellationToken).ConfigureAwait(false) == 0)
                return (null, $"groupIds: group '{groupId}' has no contacts. Import contacts into it first.");
            if (group.DefaultTimeZone is { } zone && CallingHours.FindZone(zone) is null)
                return (null, $"groupIds: group '{groupId}' has an unknown default time zone '{zone}'. Use an IANA zone such as 'Europe/London'.");
        }
        if (campaign.Mode != CampaignMode.AutoInformer)
        {
            if (campaign.Operators.Count == 0)
                return (null, $"operators: a {JsonNames.Of(campaign.Mode)} campaign needs at least one operator extension.");
            if (!published.Definition.Nodes.Any(n => n.Type == ConnectOperatorType || n.Type.StartsWith(ConnectOperatorType + "@", StringComparison.Ordinal)))
                return (null, $"flowId: flow '{campaign.FlowId}' has no 'Connect to operator' block ({ConnectOperatorType}); a {JsonNames.Of(campaign.Mode)} campaign needs one.");
        }
        var schedule = campaign.Schedule;
        if (CallingHours.FindZone(schedule.TimeZone) is null)
            return (null, $"schedule.timeZone: unknown time zone '{schedule.TimeZone}'. Use an IANA zone such as 'Europe/London'.");
        if (schedule.Days.Count == 0) return (null, "schedule.days: pick at least one day of the week.");
        if (schedule.EndAt is { } endAt && endAt <= now) return (null, $"schedule.endAt: {endAt:O} has already passed.");
        if (schedule.StartAt is { } startAt && schedule.EndAt is { } end && end <= startAt) return (null, "schedule.endAt: must be after schedule.startAt.");
        var limit = options.Value.MaxConcurrentCalls;
        if (campaign.MaxConcurrentCalls < 1 || campaign.MaxConcurrentCalls > limit)
            return (null, $"maxConcurrentCalls: {campaign.MaxConcurrentCalls} is outside 1..{limit} (the company's limit).");
        if ((campaign.Channel is null ? channels.Default : channels.Named(campaign.Channel)) is null)
            return (null, campaign.Channel is null
                ? "channel: no call channel is configured on the server: enable SIP (FlowBuilder:Sip) or name channel 'simulator'."
                : $"channel: unknown call channel '{campaign.Channel}'. Known: {string.Join(", ", channels.Names)}.");
        return (version, null);
    }
}
