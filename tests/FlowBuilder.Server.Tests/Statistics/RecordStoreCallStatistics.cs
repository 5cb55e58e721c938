using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Statistics;

namespace FlowBuilder.Server.Tests.Statistics;

/// <summary>
/// Stands in for the data layer's call statistics until they are registered in the product (the product's registration wins
/// then): the company's CDRs (at most 1000) by start and its ledger charges by occurrence, in buckets that start at local
/// midnights (Monday for weeks, the 1st for months) or on the hour of the query's time zone; every bucket of the range returned.
/// </summary>
internal sealed class RecordStoreCallStatistics(ICallRecordStore records, IBillingLedger ledger) : ICallStatistics
{
    public async ValueTask<IReadOnlyList<CallStatisticsBucket>> SummarizeAsync(CallStatisticsQuery query, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(query.TimeZone);
        var bounds = new List<DateTimeOffset> { Floor(query.From, zone, query.Bucket) };
        while (bounds[^1] < query.To) bounds.Add(Next(bounds[^1], zone, query.Bucket));
        var buckets = new (long Calls, long Answered, long Talk, long Outbound, long Inbound, decimal Spend)[bounds.Count - 1];
        int IndexOf(DateTimeOffset at) => at < query.From || at >= query.To ? -1 : bounds.FindLastIndex(b => b <= at);
        foreach (var record in await records.ListAsync(new CallRecordQuery(query.CompanyId, Limit: 1000), cancellationToken))
        {
            if (IndexOf(record.StartedAt) is not (>= 0 and var i)) continue;
            var answered = record.Disposition == CallDisposition.Answered;
            buckets[i] = (buckets[i].Calls + 1, buckets[i].Answered + (answered ? 1 : 0), buckets[i].Talk + (answered ? record.BillableSeconds : 0),
                buckets[i].Outbound + (record.Direction == CallDirection.Outbound ? 1 : 0), buckets[i].Inbound + (record.Direction == CallDirection.Inbound ? 1 : 0),
                buckets[i].Spend);
        }
        foreach (var entry in await ledger.ListAsync(new LedgerQuery(query.CompanyId, query.From, query.To, Take: 100_000), cancellationToken))
        {
            if (entry.Kind is not (LedgerEntryKind.Call or LedgerEntryKind.Metric or LedgerEntryKind.MinimumPayment) || entry.Amount >= 0m) continue;
            if (IndexOf(entry.OccurredAt) is >= 0 and var i) buckets[i].Spend -= entry.Amount;
        }
        return buckets.Select((b, i) => new CallStatisticsBucket(bounds[i], b.Calls, b.Answered, b.Talk, b.Outbound, b.Inbound, b.Spend)).ToList();
    }

    private static DateTimeOffset Floor(DateTimeOffset instant, TimeZoneInfo zone, StatisticsBucketSize size)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        return size switch
        {
            StatisticsBucketSize.Hour => local.AddTicks(-(local.TimeOfDay.Ticks % TimeSpan.TicksPerHour)),
            StatisticsBucketSize.Day => Midnight(date, zone),
            StatisticsBucketSize.Week => Midnight(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)), zone),
            _ => Midnight(new DateOnly(date.Year, date.Month, 1), zone),
        };
    }

    private static DateTimeOffset Next(DateTimeOffset start, TimeZoneInfo zone, StatisticsBucketSize size)
    {
        if (size == StatisticsBucketSize.Hour)
        {
            var next = start.AddHours(1);
            return next.ToOffset(zone.GetUtcOffset(next));
        }
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        return Midnight(size switch { StatisticsBucketSize.Day => date.AddDays(1), StatisticsBucketSize.Week => date.AddDays(7), _ => date.AddMonths(1) }, zone);
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
