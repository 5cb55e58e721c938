using System.Text.Json.Serialization;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Statistics;

/// <summary>A campaign's numbers (<see cref="CampaignStatistics"/>: rates are fractions 0–1, serialised as its own fields) and
/// what the dialer is doing now on this node (<see cref="Live"/>; null when it is not dialling the campaign).</summary>
internal sealed record CampaignStatisticsView : CampaignStatistics
{
    private CampaignStatisticsView(CampaignStatistics statistics, CampaignLiveView? live)
        : base(statistics)
    {
        Live = live;
    }

    [JsonPropertyOrder(1)]
    public CampaignLiveView? Live { get; init; }

    public static CampaignStatisticsView From(CampaignStatistics statistics, CampaignLiveView? live)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new CampaignStatisticsView(statistics, live);
    }
}
