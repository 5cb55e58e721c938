namespace FlowBuilder.Engine.Statistics;

/// <summary>Call legs of a company that started in [From, To), bucketed in <paramref name="TimeZone"/> (IANA).</summary>
public sealed record CallStatisticsQuery(string CompanyId, DateTimeOffset From, DateTimeOffset To, StatisticsBucketSize Bucket, string TimeZone = "UTC");
