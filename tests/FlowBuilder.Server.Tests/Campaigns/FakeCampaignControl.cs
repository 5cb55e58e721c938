using System.Collections.Concurrent;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>The dialer's control port as the API sees it: status changes on the store, the work queue filled on start, no calls.</summary>
public sealed class FakeCampaignControl(ICampaignStore store, TimeProvider time) : ICampaignControl
{
    /// <summary>Campaigns whose start is refused as invalid (as an unpublished flow would be).</summary>
    public ConcurrentDictionary<string, string> RefuseStart { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, CampaignLiveView> LiveViews { get; } = new(StringComparer.Ordinal);

    public async ValueTask<CampaignCommandResult> StartAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken);
        if (campaign is null) return CampaignCommandResult.NotFound(campaignId);
        if (campaign.Status != CampaignStatus.Draft) return CampaignCommandResult.Conflict(campaign, $"Campaign '{campaignId}' is {campaign.Status}; only a draft starts.");
        if (RefuseStart.TryGetValue(campaignId, out var why)) return CampaignCommandResult.Invalid(campaign, why);
        var now = time.GetUtcNow();
        await store.EnqueueGroupsAsync(campaignId, campaign.GroupIds, campaign.Schedule.TimeZone, now, cancellationToken);
        return await SaveAsync(campaign with { Status = CampaignStatus.Active, FlowVersion = 1, StartedAt = now, UpdatedAt = now }, cancellationToken);
    }

    public ValueTask<CampaignCommandResult> PauseAsync(string companyId, string campaignId, CancellationToken cancellationToken) =>
        MoveAsync(companyId, campaignId, [CampaignStatus.Active, CampaignStatus.Scheduled], CampaignStatus.Paused, cancellationToken);

    public ValueTask<CampaignCommandResult> ResumeAsync(string companyId, string campaignId, CancellationToken cancellationToken) =>
        MoveAsync(companyId, campaignId, [CampaignStatus.Paused], CampaignStatus.Active, cancellationToken);

    public async ValueTask<CampaignCommandResult> StopAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        var result = await MoveAsync(companyId, campaignId, [CampaignStatus.Active, CampaignStatus.Scheduled, CampaignStatus.Paused], CampaignStatus.Completed, cancellationToken);
        if (result.Succeeded) await store.SkipRemainingAsync(campaignId, "campaign-stopped", cancellationToken);
        return result;
    }

    public CampaignLiveView? Live(string campaignId) => LiveViews.GetValueOrDefault(campaignId);

    private async ValueTask<CampaignCommandResult> MoveAsync(string companyId, string campaignId, CampaignStatus[] from, CampaignStatus to, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken);
        if (campaign is null) return CampaignCommandResult.NotFound(campaignId);
        if (!from.Contains(campaign.Status)) return CampaignCommandResult.Conflict(campaign, $"Campaign '{campaignId}' is {campaign.Status}; it cannot become {to}.");
        return await SaveAsync(campaign with { Status = to, UpdatedAt = time.GetUtcNow() }, cancellationToken);
    }

    private async ValueTask<CampaignCommandResult> SaveAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(campaign, cancellationToken);
        return CampaignCommandResult.Ok(campaign);
    }
}
