using System.Globalization;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Statistics;

namespace FlowBuilder.Data.Tests.Statistics;

/// <summary>What every <see cref="ICallStatistics"/> must do: buckets at local midnights across DST changes, every bucket of
/// the range (empty ones with zeros), counts of legs and spend from the ledger.</summary>
public abstract partial class CallStatisticsContract(StoreKind kind) : AccountStoresFixture(kind)
{
    private const string Berlin = "Europe/Berlin";

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset start) => start.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    private static CallDetailRecord Leg(string id, DateTimeOffset startedAt, string? company = "default", CallDirection direction = CallDirection.Outbound,
        int talkSeconds = 60, CallDisposition disposition = CallDisposition.Answered)
    {
        var answered = disposition == CallDisposition.Answered ? startedAt.AddSeconds(10) : (DateTimeOffset?)null;
        var ended = (answered ?? startedAt.AddSeconds(10)).AddSeconds(disposition == CallDisposition.Answered ? talkSeconds : 0);
        return new CallDetailRecord(id, "sip", direction, "+4930111", "+4930222", startedAt, answered, ended, disposition, HangUpCause.Normal, CompanyId: company);
    }

    private static LedgerEntry Entry(string id, LedgerEntryKind kind, decimal amount, DateTimeOffset occurredAt, string company = "default") =>
        new(id, company, kind, kind.ToString().ToLowerInvariant(), id, amount, "EUR", "item", 1m, occurredAt) { PostedAt = occurredAt };

    private async Task AddAsync(params CallDetailRecord[] legs)
    {
        foreach (var leg in legs) await Stores.CallRecords.AddAsync(leg, None);
    }

    private Task<IReadOnlyList<CallStatisticsBucket>> SummarizeAsync(DateTimeOffset from, DateTimeOffset to, StatisticsBucketSize size, string zone = Berlin) =>
        Stores.Statistics.SummarizeAsync(new CallStatisticsQuery("default", from, to, size, zone), None).AsTask();

    [ContractFact]
    public async Task Days_AcrossTheSpringChange_StartAtLocalMidnights_TheShortDayHas23Hours_AndEmptyDaysAreZero()
    {
        await AddAsync(
            Leg("late-on-the-29th", At("2026-03-29T21:30:00Z")),
            Leg("early-on-the-30th", At("2026-03-29T22:30:00Z")),
            Leg("after-the-gap", At("2026-03-29T01:30:00Z")));

        var buckets = await SummarizeAsync(At("2026-03-28T00:00:00+01:00"), At("2026-03-31T00:00:00+02:00"), StatisticsBucketSize.Day);

        buckets.Select(b => Local(b.Start)).ShouldBe(["2026-03-28T00:00+01:00", "2026-03-29T00:00+01:00", "2026-03-30T00:00+02:00"]);
        buckets.Select(b => b.Calls).ShouldBe([0L, 2L, 1L]);
        buckets[0].ShouldBe(new CallStatisticsBucket(buckets[0].Start, 0, 0, 0, 0, 0, 0m));
    }

    [ContractFact]
    public async Task Days_AcrossTheAutumnChange_TheLongDayHas25Hours_ForLegsAndSpend()
    {
        await AddAsync(
            Leg("at-from", At("2026-10-24T22:00:00Z")),
            Leg("last-hour-of-the-25th", At("2026-10-25T22:30:00Z")),
            Leg("first-of-the-26th", At("2026-10-25T23:00:00Z")));
        await Stores.Ledger.PostAsync(Entry("late-charge", LedgerEntryKind.Call, -0.25m, At("2026-10-25T22:59:59Z")), None);
        await Stores.Ledger.PostAsync(Entry("next-day-charge", LedgerEntryKind.Call, -0.5m, At("2026-10-25T23:00:00Z")), None);

        var buckets = await SummarizeAsync(At("2026-10-25T00:00:00+02:00"), At("2026-10-27T00:00:00+01:00"), StatisticsBucketSize.Day);

        buckets.Select(b => Local(b.Start)).ShouldBe(["2026-10-25T00:00+02:00", "2026-10-26T00:00+01:00"]);
        buckets.Select(b => (b.Calls, b.Spend)).ShouldBe([(2L, 0.25m), (1L, 0.5m)]);
    }

    [ContractFact]
    public async Task Hours_OnTheChangeDays_RepeatTheHourTheClocksGoBack_AndSkipTheHourTheyJump()
    {
        await AddAsync(Leg("first-two-thirty", At("2026-10-25T00:30:00Z")), Leg("second-two-thirty", At("2026-10-25T01:30:00Z")));

        var autumn = await SummarizeAsync(At("2026-10-25T00:00:00+02:00"), At("2026-10-25T05:00:00+01:00"), StatisticsBucketSize.Hour);
        var spring = await SummarizeAsync(At("2026-03-29T00:00:00+01:00"), At("2026-03-29T05:00:00+02:00"), StatisticsBucketSize.Hour);

        autumn.Select(b => Local(b.Start)).ShouldBe(
            ["2026-10-25T00:00+02:00", "2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00", "2026-10-25T03:00+01:00", "2026-10-25T04:00+01:00"]);
        autumn.Select(b => b.Calls).ShouldBe([0L, 0L, 1L, 1L, 0L, 0L]);
        spring.Select(b => Local(b.Start)).ShouldBe(["2026-03-29T00:00+01:00", "2026-03-29T01:00+01:00", "2026-03-29T03:00+02:00", "2026-03-29T04:00+02:00"]);
        spring.ShouldAllBe(b => b.Calls == 0);
    }

    [ContractFact]
    public async Task WeeksStartOnLocalMondays_AndMonthsOnTheFirst_TheRangeEndIsExclusive()
    {
        await AddAsync(Leg("sunday-night", At("2026-10-25T22:59:00Z")), Leg("monday-morning", At("2026-10-25T23:00:00Z")), Leg("november", At("2026-11-15T12:00:00Z")));

        var weeks = await SummarizeAsync(At("2026-10-21T12:00:00Z"), At("2026-11-03T00:00:00Z"), StatisticsBucketSize.Week);
        var months = await SummarizeAsync(At("2026-10-15T00:00:00Z"), At("2026-11-30T23:00:00Z"), StatisticsBucketSize.Month);

        weeks.Select(b => Local(b.Start)).ShouldBe(["2026-10-19T00:00+02:00", "2026-10-26T00:00+01:00", "2026-11-02T00:00+01:00"]);
        weeks.Select(b => b.Calls).ShouldBe([1L, 1L, 0L]);
        months.Select(b => Local(b.Start)).ShouldBe(["2026-10-01T00:00+02:00", "2026-11-01T00:00+01:00"]);
        months.Select(b => b.Calls).ShouldBe([2L, 1L]);
    }

    [ContractFact]
    public async Task Buckets_CountLegsAnsweredTalkAndDirections_OfTheCompany_ThatStartedInTheRange()
    {
        var day = At("2026-12-01T00:00:00Z");
        await AddAsync(
            Leg("out-answered", day.AddHours(9), talkSeconds: 95),
            Leg("out-busy", day.AddHours(10), disposition: CallDisposition.Busy),
            Leg("in-answered", day.AddHours(11), direction: CallDirection.Inbound, talkSeconds: 30),
            Leg("in-second-day", day.AddDays(1).AddHours(1), direction: CallDirection.Inbound, disposition: CallDisposition.NoAnswer),
            Leg("other-company", day.AddHours(9), company: "acme"),
            Leg("no-company", day.AddHours(9), company: null),
            Leg("before", day.AddTicks(-1)),
            Leg("at-the-end", day.AddDays(3)));

        var buckets = await SummarizeAsync(day, day.AddDays(3), StatisticsBucketSize.Day, "UTC");

        buckets.ShouldBe(
        [
            new CallStatisticsBucket(day, 3, 2, 125, 2, 1, 0m),
            new CallStatisticsBucket(day.AddDays(1), 1, 0, 0, 0, 1, 0m),
            new CallStatisticsBucket(day.AddDays(2), 0, 0, 0, 0, 0, 0m),
        ]);
    }

    [ContractFact]
    public async Task Spend_IsTheNegativeCallMetricAndMinimumPaymentEntries_AsAPositiveAmount_PerBucket()
    {
        var day = At("2026-12-01T00:00:00Z");
        foreach (var entry in new[]
        {
            Entry("call", LedgerEntryKind.Call, -1.5m, day.AddHours(1)),
            Entry("metric", LedgerEntryKind.Metric, -0.0701m, day.AddHours(2)),
            Entry("top-up", LedgerEntryKind.TopUp, 100m, day.AddHours(3)),
            Entry("adjustment", LedgerEntryKind.Adjustment, -5m, day.AddHours(4)),
            Entry("minimum", LedgerEntryKind.MinimumPayment, -10m, day.AddDays(1)),
            Entry("refund", LedgerEntryKind.Call, 0.5m, day.AddDays(1).AddHours(1)),
            Entry("other-company", LedgerEntryKind.Call, -2m, day.AddHours(1), company: "acme"),
            Entry("outside", LedgerEntryKind.Call, -3m, day.AddDays(3)),
        })
        {
            await Stores.Ledger.PostAsync(entry, None);
        }

        var buckets = await SummarizeAsync(day, day.AddDays(3), StatisticsBucketSize.Day, "UTC");

        buckets.Select(b => b.Spend).ShouldBe([1.5701m, 10m, 0m]);
        buckets[0].Spend.ToString(CultureInfo.InvariantCulture).ShouldBe("1.5701");
    }

    [ContractFact]
    public async Task EmptyRange_HasNoBuckets_AndAnUnknownTimeZone_IsRefusedByName()
    {
        var day = At("2026-12-01T00:00:00Z");

        (await SummarizeAsync(day, day, StatisticsBucketSize.Day)).ShouldBeEmpty();
        (await SummarizeAsync(day, day.AddDays(-1), StatisticsBucketSize.Day)).ShouldBeEmpty();
        var error = await Should.ThrowAsync<ArgumentException>(() => SummarizeAsync(day, day.AddDays(1), StatisticsBucketSize.Day, "Mars/Olympus_Mons"));
        error.Message.ShouldContain("Mars/Olympus_Mons");
        (await SummarizeAsync(day, day.AddDays(1), StatisticsBucketSize.Hour, "UTC")).Count.ShouldBe(24);
    }
}
