using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Statistics;

/// <summary>A campaign's numbers (<see cref="CampaignStatistics"/>: rates are fractions 0–1) and what the dialer is doing
/// now on this node (<see cref="Live"/>; null when it is not dialling the campaign).</summary>
internal sealed record CampaignStatisticsView(
    CampaignCounts Counts,
    double SuccessRate,
    double AbandonmentRate,
    double AverageTalkSeconds,
    double ConversionRate,
    double Reachability,
    double K1,
    double K2,
    double K3,
    double K4,
    CampaignLiveView? Live)
{
    public static CampaignStatisticsView From(CampaignStatistics statistics, CampaignLiveView? live) => new(
        statistics.Counts, statistics.SuccessRate, statistics.AbandonmentRate, statistics.AverageTalkSeconds, statistics.ConversionRate,
        statistics.Reachability, statistics.K1, statistics.K2, statistics.K3, statistics.K4, live);
}
