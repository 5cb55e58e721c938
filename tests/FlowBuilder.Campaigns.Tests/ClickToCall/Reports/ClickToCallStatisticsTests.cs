using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

public sealed class ClickToCallStatisticsTests
{
    private static readonly DateTimeOffset From = ReportsHarness.Start;
    private static readonly DateTimeOffset To = From.AddDays(1);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Summary_RequestsOfThePeriod_CountsEachStatusAveragesTheCompletedAndSumsTheirPrices()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        await harness.AddCompletedAsync("shop", From.AddHours(1), TimeSpan.FromSeconds(60), talkSeconds: 30);
        await harness.AddCompletedAsync("shop", From.AddHours(2), TimeSpan.FromSeconds(120), talkSeconds: 60);
        await harness.AddCompletedAsync("shop", From.AddHours(3), TimeSpan.FromSeconds(180), talkSeconds: 90);
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingClient, From.AddHours(4));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingCompany, From.AddHours(5));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Waiting, From.AddHours(6));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Calling, From.AddHours(7));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Cancelled, From.AddHours(8));
        await harness.AddCompletedAsync("shop", From.AddSeconds(-1), TimeSpan.FromSeconds(10));
        await harness.AddCompletedAsync("shop", To, TimeSpan.FromSeconds(10));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Completed, From.AddHours(1), company: "other");

        var summary = await harness.Reports.SummaryAsync(ReportsHarness.Company, null, From, To, None);

        summary.ShouldBe(new Campaigns.ClickToCall.Reports.CallbackSummary(
            From, To, Total: 8, Completed: 3, FailedCallingClient: 1, FailedCallingCompany: 1, Waiting: 1, Calling: 1, Cancelled: 1,
            CompletionRate: 0.4286, AverageWaitSeconds: 120, AverageTalkSeconds: 60, Revenue: 1.50m, Currency: "EUR"));
    }

    [Fact]
    public async Task Summary_TwoPeriodsAndOneCampaign_EachCountsOnlyItsOwnRequests()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        await harness.AddCampaignAsync("hotel", "Hotel", price: 2m);
        await harness.AddCompletedAsync("shop", From.AddHours(1), TimeSpan.FromMinutes(1));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingClient, From.AddHours(2));
        await harness.AddCompletedAsync("hotel", From.AddHours(3), TimeSpan.FromMinutes(1), price: 2m);
        await harness.AddCompletedAsync("shop", To.AddHours(1), TimeSpan.FromMinutes(1));
        await harness.AddCompletedAsync("shop", To.AddHours(2), TimeSpan.FromMinutes(1));

        var first = await harness.Reports.SummaryAsync(ReportsHarness.Company, null, From, To, None);
        var second = await harness.Reports.SummaryAsync(ReportsHarness.Company, null, To, To.AddDays(1), None);
        var shopOnly = await harness.Reports.SummaryAsync(ReportsHarness.Company, "shop", From, To, None);

        (first.Total, first.Completed, first.Revenue, first.CompletionRate).ShouldBe((3L, 2L, 2.50m, 0.6667));
        (second.Total, second.Completed, second.Revenue, second.CompletionRate).ShouldBe((2L, 2L, 1.00m, 1.0));
        (shopOnly.Total, shopOnly.Completed, shopOnly.Revenue).ShouldBe((2L, 1L, 0.50m));
    }

    [Fact]
    public async Task Summary_NoRequests_GivesZeroRatesAndNoCurrency_AndRefusesAnEmptyPeriod()
    {
        var harness = new ReportsHarness();

        var summary = await harness.Reports.SummaryAsync(ReportsHarness.Company, null, From, To, None);

        (summary.Total, summary.CompletionRate, summary.AverageWaitSeconds, summary.Revenue, summary.Currency).ShouldBe((0L, 0.0, 0.0, 0m, (string?)null));
        var error = await Should.ThrowAsync<ArgumentException>(async () => await harness.Reports.SummaryAsync(ReportsHarness.Company, null, To, From, None));
        error.Message.ShouldContain("must be before");
    }

    [Fact]
    public async Task Series_HourBuckets_CountEachBucketAndKeepTheEmptyOnes()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        await harness.AddCompletedAsync("shop", From.AddMinutes(5), TimeSpan.FromMinutes(1));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingClient, From.AddMinutes(59));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingCompany, From.AddHours(3).AddMinutes(1));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Waiting, From.AddHours(3).AddMinutes(2));

        var series = await harness.Reports.SeriesAsync(ReportsHarness.Company, null, From, From.AddHours(4), TimeSpan.FromHours(1), None);

        series.Select(p => (p.At, p.Total, p.Completed, p.Failed)).ShouldBe([
            (From, 2L, 1L, 1L),
            (From.AddHours(1), 0L, 0L, 0L),
            (From.AddHours(2), 0L, 0L, 0L),
            (From.AddHours(3), 2L, 0L, 1L),
        ]);
    }

    [Fact]
    public async Task Series_DayBuckets_SpanThePeriod_AndOtherBucketSizesAreRefused()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        await harness.AddCompletedAsync("shop", From.AddDays(2).AddHours(23), TimeSpan.FromMinutes(1));

        var series = await harness.Reports.SeriesAsync(ReportsHarness.Company, "shop", From, From.AddDays(7), TimeSpan.FromDays(1), None);

        series.Count.ShouldBe(7);
        series.Select(p => p.Total).ShouldBe([0L, 0L, 1L, 0L, 0L, 0L, 0L]);
        series[6].At.ShouldBe(From.AddDays(6));
        var error = await Should.ThrowAsync<ArgumentException>(async () =>
            await harness.Reports.SeriesAsync(ReportsHarness.Company, null, From, To, TimeSpan.FromMinutes(15), None));
        error.ParamName.ShouldBe("bucket");
    }

    [Fact]
    public async Task Directions_GroupByLabel_MostRequestsFirst_WithTheCompletedOnes()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        var newYork = new PhoneDirection("US", "United States", "New York", null, false);
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Completed, From.AddHours(1), direction: newYork, phone: "+12125550100");
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingClient, From.AddHours(2), direction: newYork, phone: "+12125550101");
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Completed, From.AddHours(3), direction: newYork, phone: "+12125550102");
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Completed, From.AddHours(4));

        var directions = await harness.Reports.DirectionsAsync(ReportsHarness.Company, null, From, To, None);

        directions.Select(d => (d.Label, d.Country, d.Total, d.Completed)).ShouldBe([
            ("United States, New York", "US", 3L, 2L),
            ("Germany, Vodafone", "DE", 1L, 1L),
        ]);
    }

    [Fact]
    public async Task Live_CountsWaitingAndCallingRequestsOfAnyAge()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        await harness.AddCampaignAsync("hotel", "Hotel");
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Waiting, From.AddDays(-30));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Waiting, From);
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Calling, From);
        await harness.AddRequestAsync("hotel", CallbackRequestStatus.Waiting, From);
        await harness.AddRequestAsync("shop", CallbackRequestStatus.Completed, From);

        (await harness.Reports.LiveAsync(ReportsHarness.Company, null, None)).ShouldBe((3L, 1L));
        (await harness.Reports.LiveAsync(ReportsHarness.Company, "shop", None)).ShouldBe((2L, 1L));
    }
}
