using FlowBuilder.Engine.Statistics;

namespace FlowBuilder.Server.Statistics;

/// <summary>The dashboard: calls and spend of [From, To) in buckets of the company's time zone, and their totals.</summary>
internal sealed record StatisticsView(DateTimeOffset From, DateTimeOffset To, StatisticsBucketSize Bucket, string Currency, StatisticsTotalsView Totals,
    IReadOnlyList<StatisticsBucketView> Buckets);

/// <param name="Asr">Answer-seizure ratio, answered / calls (0..1, 4 decimals); null without calls.</param>
/// <param name="AcdSeconds">Average call duration of answered calls in seconds (1 decimal); null when none was answered.</param>
internal sealed record StatisticsTotalsView(long Calls, long Answered, decimal? Asr, decimal? AcdSeconds, decimal TalkMinutes, long Outbound, long Inbound, decimal Spend);

internal sealed record StatisticsBucketView(DateTimeOffset Start, long Calls, long Answered, decimal? Asr, decimal? AcdSeconds, decimal Spend);
