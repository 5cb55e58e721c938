using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary><c>campaign.started</c> and <c>campaign.completed</c>: data <c>{ campaignId, name, flowId, mode, status, contacts,
/// done, skipped, attempts, answered }</c>.</summary>
internal static class CampaignEvents
{
    public static async Task PublishAsync(IEventPublisher events, ICampaignStore store, string type, Campaign campaign, DateTimeOffset at, ILogger logger)
    {
        var counts = await store.CountAsync(campaign.Id, CancellationToken.None).ConfigureAwait(false);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["campaignId"] = campaign.Id,
            ["name"] = campaign.Name,
            ["flowId"] = campaign.FlowId,
            ["mode"] = JsonNames.Of(campaign.Mode),
            ["status"] = JsonNames.Of(campaign.Status),
            ["contacts"] = counts.Contacts,
            ["done"] = counts.Done,
            ["skipped"] = counts.Skipped,
            ["attempts"] = counts.Attempts,
            ["answered"] = counts.Answered,
        };
        await events.PublishQuietlyAsync(PlatformEvent.Create(type, campaign.CompanyId, at, data), logger).ConfigureAwait(false);
    }
}
