using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Server.Tests.Billing;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Statistics;

/// <summary>
/// The default company has, on 20 November 2026 (UTC), an answered outbound call of 60 s and a busy one; on 21 November an
/// answered inbound call of 90 s and an answered outbound one of 120 s that ends after midnight; charges of 0.05 (20th) and
/// 0.40 (21st) and a top-up (not spend). The clock reads 22 November 12:00 UTC.
/// </summary>
public sealed class StatisticsApiTests(BillingApiFactory factory) : IClassFixture<BillingApiFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        var records = factory.Services.GetRequiredService<ICallRecordStore>();
        await records.AddAsync(Record("stat-out-1", CallDirection.Outbound, November20.AddHours(10), answerAfter: 5, talk: 60), CancellationToken.None);
        await records.AddAsync(Record("stat-out-2", CallDirection.Outbound, November20.AddHours(11), answerAfter: null, talk: 0), CancellationToken.None);
        await records.AddAsync(Record("stat-in-1", CallDirection.Inbound, November20.AddDays(1).AddHours(9), answerAfter: 0, talk: 90), CancellationToken.None);
        await records.AddAsync(Record("stat-out-3", CallDirection.Outbound, November20.AddDays(2).AddMinutes(-1), answerAfter: 10, talk: 120), CancellationToken.None);
        await factory.Ledger.PostAsync(LedgerSeed.Call("stat-charge-1", November20.AddHours(10).AddMinutes(1), "Germany mobile", 60, 0.05m), CancellationToken.None);
        await factory.Ledger.PostAsync(LedgerSeed.Metric("stat-sms-1", November20.AddDays(1).AddHours(12), "sms.sent", 5m, 0.08m), CancellationToken.None);
        await factory.Ledger.PostAsync(new LedgerEntry("e-stat-pay", "default", LedgerEntryKind.TopUp, "payment", "stat-pay", 10m, "EUR", "Top-up", 0m,
            November20.AddDays(1).AddHours(8)) { PostedAt = November20 }, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Statistics_DayBuckets_CountAsrAcdAndSpend_AndTotalsOverTheRange()
    {
        var stats = await (await _client.GetAsync("/api/statistics?from=2026-11-20&to=2026-11-22&bucket=day")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (stats.Text("bucket"), stats.Text("currency")).ShouldBe(("day", "EUR"));
        stats["from"]!.GetValue<DateTimeOffset>().ShouldBe(November20);
        stats["to"]!.GetValue<DateTimeOffset>().ShouldBe(November20.AddDays(2));
        var buckets = stats["buckets"]!.AsArray();
        buckets.Select(b => (b!["start"]!.GetValue<DateTimeOffset>(), b.Number("calls"), b.Number("answered"), b.Money("asr"), b.Money("acdSeconds"), b.Money("spend")))
            .ShouldBe([(November20, 2, 1, 0.5m, 60m, 0.05m), (November20.AddDays(1), 2, 2, 1m, 105m, 0.40m)]);
        var totals = stats["totals"]!;
        (totals.Number("calls"), totals.Number("answered"), totals.Money("asr"), totals.Money("acdSeconds"), totals.Money("talkMinutes"))
            .ShouldBe((4, 3, 0.75m, 90m, 4.5m));
        (totals.Number("outbound"), totals.Number("inbound"), totals.Money("spend")).ShouldBe((3, 1, 0.45m));
    }

    [Fact]
    public async Task Statistics_HourBuckets_EmptyOnesHaveZerosAndNullRatios()
    {
        var stats = await (await _client.GetAsync("/api/statistics?from=2026-11-20T09:00:00Z&to=2026-11-20T12:00:00Z&bucket=hour")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var buckets = stats["buckets"]!.AsArray();
        buckets.Select(b => b.Number("calls")).ShouldBe([0, 1, 1]);
        buckets[0]!["asr"].ShouldBeNull();
        buckets[0]!["acdSeconds"].ShouldBeNull();
        buckets[2]!.Money("asr").ShouldBe(0m);
        buckets[2]!["acdSeconds"].ShouldBeNull();
        stats["totals"]!.Money("spend").ShouldBe(0.05m);
    }

    [Fact]
    public async Task Statistics_NoCallsInTheRange_TotalsZeroAndRatiosNull()
    {
        var stats = await (await _client.GetAsync("/api/statistics?from=2026-09-01&to=2026-11-01&bucket=month")).ShouldBeJsonAsync(HttpStatusCode.OK);

        stats["buckets"]!.AsArray().Select(b => b!["start"]!.GetValue<DateTimeOffset>())
            .ShouldBe([new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)]);
        var totals = stats["totals"]!;
        (totals.Number("calls"), totals.Money("talkMinutes"), totals.Money("spend")).ShouldBe((0, 0m, 0m));
        totals["asr"].ShouldBeNull();
        totals["acdSeconds"].ShouldBeNull();
    }

    [Fact]
    public async Task Statistics_Default_LastThirtyDaysByDay()
    {
        var stats = await (await _client.GetAsync("/api/statistics")).ShouldBeJsonAsync(HttpStatusCode.OK);

        stats.Text("bucket").ShouldBe("day");
        stats["from"]!.GetValue<DateTimeOffset>().ShouldBe(new DateTimeOffset(2026, 10, 24, 0, 0, 0, TimeSpan.Zero));
        stats["to"]!.GetValue<DateTimeOffset>().ShouldBe(factory.Clock.GetUtcNow());
        stats["buckets"]!.AsArray().Count.ShouldBe(30);
        stats["totals"]!.Number("calls").ShouldBe(4);
    }

    [Theory]
    [InlineData("from=2025-01-01&to=2026-11-01", "from")]
    [InlineData("from=2026-08-01&to=2026-11-01&bucket=hour", "bucket")]
    [InlineData("bucket=year", "bucket")]
    [InlineData("from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("from=last-week", "from")]
    [InlineData("to=2026-11-31", "to")]
    public async Task Statistics_RangeOrBucketOutOfLimits_422NamingTheParameter(string query, string parameter)
    {
        var problem = await (await _client.GetAsync($"/api/statistics?{query}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe([parameter]);
    }

    [Fact]
    public async Task Statistics_InTheCompanysTimeZone_BucketsStartAtLocalMidnight()
    {
        (await _client.PutJsonAsync("/api/company", new JsonObject { ["name"] = "Berlin GmbH", ["timeZone"] = "Europe/Berlin" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            var stats = await (await _client.GetAsync("/api/statistics?from=2026-11-20&to=2026-11-22&bucket=day")).ShouldBeJsonAsync(HttpStatusCode.OK);

            var starts = stats["buckets"]!.AsArray().Select(b => b!["start"]!.GetValue<DateTimeOffset>()).ToList();
            starts.ShouldBe([new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(1))]);
            // 23:59 UTC on the 21st is 00:59 on the 22nd in Berlin: after the range.
            stats["totals"]!.Number("calls").ShouldBe(3);
        }
        finally
        {
            (await _client.PutJsonAsync("/api/company", new JsonObject { ["name"] = "My company", ["timeZone"] = "UTC" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    private static CallDetailRecord Record(string id, CallDirection direction, DateTimeOffset started, int? answerAfter, int talk)
    {
        var answered = answerAfter is { } after ? started.AddSeconds(after) : (DateTimeOffset?)null;
        var ended = answered?.AddSeconds(talk) ?? started.AddSeconds(30);
        return new CallDetailRecord(id, "sip", direction, direction == CallDirection.Outbound ? "+4930999" : "+4915111", direction == CallDirection.Outbound ? "+4915111" : "+4930999",
            started, answered, ended, answered is null ? CallDisposition.Busy : CallDisposition.Answered, answered is null ? HangUpCause.Busy : HangUpCause.Normal,
            answered is null ? 486 : 200, "default");
    }
}
