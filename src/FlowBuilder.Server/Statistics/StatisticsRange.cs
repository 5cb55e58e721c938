using FlowBuilder.Engine.Statistics;
using FlowBuilder.Server.Billing;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.Statistics;

/// <summary>
/// The dashboard's query: [from, to) (default: the last 30 days, from local midnight 29 days ago to now) and the bucket size (default
/// day). At most <see cref="MaxDays"/> days and <see cref="MaxBuckets"/> buckets.
/// </summary>
internal sealed record StatisticsRange(DateTimeOffset From, DateTimeOffset To, StatisticsBucketSize Bucket)
{
    public const int MaxDays = 400;
    public const int MaxBuckets = 2000;
    public const int DefaultDays = 30;

    public static StatisticsRange? Read(string? from, string? to, string? bucket, TimeZoneInfo zone, DateTimeOffset now, ValidationErrors errors)
    {
        var size = StatisticsBucketSize.Day;
        if (!string.IsNullOrWhiteSpace(bucket) && !TryBucket(bucket.Trim(), out size))
            errors.Add("bucket", $"bucket '{bucket}' is not a bucket size. Use hour, day, week or month.");
        var end = Instant("to", to, zone, errors) ?? now;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime);
        var start = Instant("from", from, zone, errors) ?? QueryInstants.Midnight(today.AddDays(1 - DefaultDays), zone);
        if (errors.Any) return null;
        if (end <= start)
        {
            errors.Add("to", $"to ({end:O}) must be after from ({start:O}): the dashboard shows [from, to).");
            return null;
        }
        var length = end - start;
        if (length > TimeSpan.FromDays(MaxDays))
            errors.Add("from", $"The range from {start:O} to {end:O} is {Math.Ceiling(length.TotalDays)} days; the dashboard shows at most {MaxDays}. Pick a later from or an earlier to.");
        else if (Buckets(length, size) is var count && count > MaxBuckets)
            errors.Add("bucket", $"The range holds about {count} {Name(size)} buckets; the dashboard shows at most {MaxBuckets}. Pick a larger bucket (day, week, month) or a shorter range.");
        return errors.Any ? null : new StatisticsRange(start, end, size);
    }

    public static string Name(StatisticsBucketSize size) => size.ToString().ToLowerInvariant();

    private static bool TryBucket(string text, out StatisticsBucketSize size)
    {
        size = StatisticsBucketSize.Day;
        foreach (var candidate in Enum.GetValues<StatisticsBucketSize>())
        {
            if (!string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase)) continue;
            size = candidate;
            return true;
        }
        return false;
    }

    /// <summary>How many buckets the range touches at most (a partial bucket at each end included).</summary>
    private static long Buckets(TimeSpan length, StatisticsBucketSize size) => size switch
    {
        StatisticsBucketSize.Hour => (long)Math.Ceiling(length.TotalHours) + 1,
        StatisticsBucketSize.Day => (long)Math.Ceiling(length.TotalDays) + 1,
        StatisticsBucketSize.Week => (long)Math.Ceiling(length.TotalDays / 7) + 1,
        _ => (long)Math.Ceiling(length.TotalDays / 28) + 1,
    };

    private static DateTimeOffset? Instant(string name, string? text, TimeZoneInfo zone, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (QueryInstants.TryParse(text, zone, out var instant)) return instant;
        errors.Add(name, $"{name} '{text}' is not a time. Give {QueryInstants.Examples}.");
        return null;
    }
}
