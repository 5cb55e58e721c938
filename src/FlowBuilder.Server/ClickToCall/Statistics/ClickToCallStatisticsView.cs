using FlowBuilder.Campaigns.ClickToCall.Reports;

namespace FlowBuilder.Server.ClickToCall.Statistics;

/// <summary>The statistics page: the period, the comparison period and the change (period − comparison), what is waiting and
/// calling now, a series of buckets and requests by direction.</summary>
internal sealed record ClickToCallStatisticsView(
    CallbackSummary Period,
    CallbackSummary? Compare,
    SummaryChangeView? Change,
    LiveCountsView Live,
    IReadOnlyList<CallbackSeriesPoint> Series,
    IReadOnlyList<CallbackDirectionCount> Directions);

/// <summary>Period minus comparison period: counts, completion rate (fraction) and revenue.</summary>
internal sealed record SummaryChangeView(long Total, long Completed, double CompletionRate, decimal Revenue)
{
    public static SummaryChangeView Between(CallbackSummary period, CallbackSummary compare) => new(
        period.Total - compare.Total, period.Completed - compare.Completed, period.CompletionRate - compare.CompletionRate, period.Revenue - compare.Revenue);
}

/// <summary>Requests waiting and being called now, whenever they were made.</summary>
internal sealed record LiveCountsView(long Waiting, long Calling);
