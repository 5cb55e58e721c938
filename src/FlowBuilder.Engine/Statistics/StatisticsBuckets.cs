namespace FlowBuilder.Engine.Statistics;

/// <summary>
/// Where the buckets of a <see cref="CallStatisticsQuery"/> start, in its IANA time zone. Days, weeks (ISO: Monday) and months
/// start at local midnight, so a day is 23 or 25 hours long when the clocks change; hours are 60 minutes from the local hour
/// the range starts in, so the hour the clocks go back appears twice and the skipped one not at all. A midnight that does not
/// exist (the clocks jump at 00:00) starts the day at the first local time that does.
/// </summary>
public static class StatisticsBuckets
{
    /// <summary>The time zone with the IANA (or Windows) id.</summary>
    /// <exception cref="ArgumentException">The id names no time zone known to this machine.</exception>
    public static TimeZoneInfo Zone(string timeZoneId)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId ?? "", out var zone)) return zone;
        throw new ArgumentException($"Time zone '{timeZoneId}' is unknown: use an IANA name such as Europe/Berlin or UTC.", nameof(timeZoneId));
    }

    /// <summary>The start of every bucket that overlaps [From, To), each with the zone's offset at that instant; empty when
    /// From is not before To.</summary>
    /// <exception cref="ArgumentException">More than <paramref name="maxBuckets"/> buckets, or an unknown time zone.</exception>
    public static IReadOnlyList<DateTimeOffset> Starts(CallStatisticsQuery query, int maxBuckets = 100_000)
    {
        var bounds = Boundaries(query, maxBuckets);
        return bounds.Count == 0 ? [] : bounds.Take(bounds.Count - 1).ToList();
    }

    /// <summary>Bucket starts followed by the end of the last bucket (so bucket i is [b[i], b[i+1])); empty for an empty range.</summary>
    internal static IReadOnlyList<DateTimeOffset> Boundaries(CallStatisticsQuery query, int maxBuckets)
    {
        ArgumentNullException.ThrowIfNull(query);
        var zone = Zone(query.TimeZone);
        if (query.From >= query.To) return [];
        var bounds = new List<DateTimeOffset> { FloorStart(query.From, zone, query.Bucket) };
        while (bounds[^1] < query.To)
        {
            if (bounds.Count > maxBuckets)
                throw new ArgumentException($"The range {query.From:O} to {query.To:O} has more than {maxBuckets} {query.Bucket} buckets: pick a shorter range or a larger bucket.", nameof(query));
            bounds.Add(Next(bounds[^1], zone, query.Bucket));
        }
        return bounds;
    }

    private static DateTimeOffset FloorStart(DateTimeOffset instant, TimeZoneInfo zone, StatisticsBucketSize size)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        return size switch
        {
            StatisticsBucketSize.Hour => local.AddTicks(-(local.TimeOfDay.Ticks % TimeSpan.TicksPerHour)),
            StatisticsBucketSize.Day => LocalMidnight(date, zone),
            StatisticsBucketSize.Week => LocalMidnight(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)), zone),
            StatisticsBucketSize.Month => LocalMidnight(new DateOnly(date.Year, date.Month, 1), zone),
            _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown bucket size: use hour, day, week or month."),
        };
    }

    private static DateTimeOffset Next(DateTimeOffset start, TimeZoneInfo zone, StatisticsBucketSize size)
    {
        if (size == StatisticsBucketSize.Hour)
        {
            var next = start.AddHours(1);
            return next.ToOffset(zone.GetUtcOffset(next));
        }
        // A day that starts after a gap at midnight starts at 01:00 local; its date is still the day's date.
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        return size switch
        {
            StatisticsBucketSize.Day => LocalMidnight(date.AddDays(1), zone),
            StatisticsBucketSize.Week => LocalMidnight(date.AddDays(7), zone),
            _ => LocalMidnight(date.AddMonths(1), zone),
        };
    }

    /// <summary>The instant the local date begins: midnight, or the end of a gap that swallows midnight; of an ambiguous
    /// midnight, the first.</summary>
    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        for (var minutes = 0; zone.IsInvalidTime(local) && minutes < 24 * 60; minutes++) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
