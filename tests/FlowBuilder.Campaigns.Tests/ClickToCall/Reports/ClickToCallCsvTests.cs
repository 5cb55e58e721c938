using System.Text;
using CsvHelper;
using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

public sealed class ClickToCallCsvTests
{
    private static readonly DateTimeOffset Created = ReportsHarness.Start;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Csv_CompletedAndFailedRequests_RowsHoldTheLastAttemptsLegsCommentsAndGuardedText()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "=HYPERLINK(\"http://evil\")");
        var completed = await harness.AddRequestAsync("shop", CallbackRequestStatus.Calling, Created, r => r with { Attempts = 2 });
        await harness.Requests.FinishAttemptAsync(new CallbackAttemptOutcome(completed.Id, 1, CallbackRequestStatus.Waiting, Created.AddMinutes(1), Created.AddMinutes(6), "busy",
            [new CallbackLeg(completed.Id, 1, CallbackLegSide.Client, "call-1a", completed.ClientPhone, "busy", Created) { SipStatus = 486 }]), None);
        await harness.Requests.FinishAttemptAsync(new CallbackAttemptOutcome(completed.Id, 2, CallbackRequestStatus.Completed, Created.AddMinutes(9), null, null,
        [
            new CallbackLeg(completed.Id, 2, CallbackLegSide.Client, "call-2a", completed.ClientPhone, "answered", Created.AddMinutes(6)) { AnsweredAt = Created.AddMinutes(6).AddSeconds(4) },
            new CallbackLeg(completed.Id, 2, CallbackLegSide.Company, "call-2b", "ext:101", "answered", Created.AddMinutes(6).AddSeconds(5)) { AnsweredBy = "ext:102" },
        ]) { TalkSeconds = 123.5, Price = 0.5m, Currency = "EUR" }, None);
        await harness.Comments.AddAsync(ReportsHarness.Company, completed.Id, "note", "Wants a quote", null, "ann", None);
        await harness.Comments.AddAsync(ReportsHarness.Company, completed.Id, "sale", "Sold", new Dictionary<string, string?> { ["amount"] = "99" }, "ann", None);
        var failed = await harness.AddRequestAsync("shop", CallbackRequestStatus.Calling, Created.AddHours(1), phone: "+4930123456");
        await harness.Requests.FinishAttemptAsync(new CallbackAttemptOutcome(failed.Id, 1, CallbackRequestStatus.FailedCallingCompany, Created.AddHours(1).AddMinutes(2), null,
            "@SUM(1+1) no operator answered",
        [
            new CallbackLeg(failed.Id, 1, CallbackLegSide.Client, "call-3a", failed.ClientPhone, "answered", Created.AddHours(1)) { AnsweredAt = Created.AddHours(1).AddSeconds(3) },
            new CallbackLeg(failed.Id, 1, CallbackLegSide.Company, "call-3b", "ext:101", "no-answer", Created.AddHours(1).AddSeconds(4)),
        ]), None);
        var output = new MemoryStream();

        await harness.Reports.WriteCsvAsync(new CallbackRequestQuery(ReportsHarness.Company, Take: 1), output, None);

        var rows = Parse(output);
        Encoding.UTF8.GetString(output.ToArray()).ShouldContain("\n");
        rows[0].ShouldBe(ClickToCallReports.CsvColumns.ToArray());
        string.Join(",", rows[0]).ShouldBe("id,campaign,created,client,direction,status,attempts,firstLeg,clientLegOutcome,clientCallId,clientAnsweredAt,"
            + "companyLegOutcome,companyCallId,companyAnsweredBy,talkSeconds,price,currency,reason,comments");
        rows.Count.ShouldBe(3);
        rows[1].ShouldBe([failed.Id, "'=HYPERLINK(\"http://evil\")", "2026-11-10T13:00:00Z", "+4930123456", "Germany, Vodafone", "FAILED CALLING COMPANY", "1", "client",
            "answered", "call-3a", "2026-11-10T13:00:03Z", "no-answer", "call-3b", "", "", "", "", "'@SUM(1+1) no operator answered", ""]);
        rows[2].ShouldBe([completed.Id, "'=HYPERLINK(\"http://evil\")", "2026-11-10T12:00:00Z", "+4915112345678", "Germany, Vodafone", "COMPLETED", "2", "client",
            "answered", "call-2a", "2026-11-10T12:06:04Z", "answered", "call-2b", "ext:102", "123.5", "0.50", "EUR", "", "note: Wants a quote | sale: Sold"]);
    }

    [Fact]
    public async Task Csv_MoreRequestsThanAPage_WritesEveryOneTheFilterSelects()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop");
        for (var i = 0; i < 1203; i++)
            await harness.AddRequestAsync("shop", i % 3 == 0 ? CallbackRequestStatus.Waiting : CallbackRequestStatus.FailedCallingClient, Created.AddSeconds(i));
        var output = new MemoryStream();

        await harness.Reports.WriteCsvAsync(
            new CallbackRequestQuery(ReportsHarness.Company, Statuses: [CallbackRequestStatus.FailedCallingClient], Skip: 5, Take: 10), output, None);

        var rows = Parse(output);
        rows.Count.ShouldBe(1 + 802);
        rows.Skip(1).Select(r => r[0]).Distinct().Count().ShouldBe(802);
        rows.Skip(1).ShouldAllBe(r => r[5] == "FAILED CALLING CLIENT");
    }

    private static List<string[]> Parse(MemoryStream output)
    {
        output.Position = 0;
        using var reader = CsvReader.Create(output, new CsvReaderOptions { HasHeader = false, Separator = ',' }, leaveOpen: true);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }
}
