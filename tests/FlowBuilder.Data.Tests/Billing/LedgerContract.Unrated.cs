using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Billing;

public abstract partial class LedgerContract
{
    private static CallDetailRecord Cdr(string id, double endedHours, string? company = "default", CallDirection direction = CallDirection.Outbound,
        CallDisposition disposition = CallDisposition.Answered)
    {
        var ended = Start.AddHours(endedHours);
        var answered = disposition == CallDisposition.Answered ? ended.AddSeconds(-95) : (DateTimeOffset?)null;
        return new CallDetailRecord(id, "sip", direction, "+4930111", "+4915112345678", ended.AddSeconds(-120), answered, ended, disposition,
            HangUpCause.Normal, 200, company, "flow-1", "instance-1", "main");
    }

    [ContractFact]
    public async Task Unrated_AreAnsweredOutboundLegsWithACompany_EndedSince_WithoutACallEntryOfTheirCompany_OldestFirst()
    {
        var records = new[]
        {
            Cdr("before-since", -1), Cdr("a1", 2), Cdr("a2", 1), Cdr("rated", 3), Cdr("rated-for-another-company", 4), Cdr("metric-only", 5),
            Cdr("inbound", 1.5, direction: CallDirection.Inbound), Cdr("busy", 1.5, disposition: CallDisposition.Busy), Cdr("no-company", 1.5, company: null),
            Cdr("acme-1", 6, company: "acme"),
        };
        foreach (var record in records) await Stores.CallRecords.AddAsync(record, None);
        await Stores.Ledger.PostAsync(Charge("rated", -1m), None);
        await Stores.Ledger.PostAsync(Charge("rated-for-another-company", -1m, company: "acme"), None);
        await Stores.Ledger.PostAsync(Charge("metric-only", -1m, kind: LedgerEntryKind.Metric, sourceKind: "metric:webhook.calls"), None);

        var unrated = await Stores.Unrated.ListAsync(Start, 100, None);

        unrated.Select(r => r.CallId).ShouldBe(["a2", "a1", "rated-for-another-company", "metric-only", "acme-1"]);
        unrated[0].ShouldBe(records[2]);
        (await Stores.Unrated.ListAsync(Start, 2, None)).Select(r => r.CallId).ShouldBe(["a2", "a1"]);
        (await Stores.Unrated.ListAsync(Start.AddHours(5), 100, None)).Select(r => r.CallId).ShouldBe(["metric-only", "acme-1"]);
        (await Stores.Unrated.ListAsync(Start, 0, None)).ShouldBeEmpty();
        await Stores.Ledger.PostAsync(Charge("a2", -0.5m), None);
        (await Stores.Unrated.ListAsync(Start, 1, None)).Select(r => r.CallId).ShouldBe(["a1"]);
    }

    [ContractFact]
    public async Task Tariff_MetricPricesAndMinimumPayment_ReadBackExactly_InGetAndList_AndSaveReplacesThem()
    {
        var tariff = new Tariff("t1", "default", "Standard", "EUR", [new TariffRate("49", "Germany", 0.012345m)])
        {
            MetricPrices = [new MetricPrice(BillingMetrics.SmsSent, 0.07m, "SMS"), new MetricPrice(BillingMetrics.TtsCharacters, 0.0000125m)],
            MinimumPayment = 25.5m,
            UpdatedAt = Start,
        };

        await Stores.Tariffs.SaveAsync(tariff, None);

        var stored = (await Stores.Tariffs.GetAsync("default", "t1", None)).ShouldNotBeNull();
        stored.MetricPrices.ShouldBe(tariff.MetricPrices);
        stored.MinimumPayment.ShouldBe(25.5m);
        stored.Rates.ShouldBe(tariff.Rates);
        var listed = (await Stores.Tariffs.ListAsync("default", None)).Single();
        (listed.MetricPrices.Count, listed.MinimumPayment, listed.Rates.Count).ShouldBe((2, 25.5m, 0));

        await Stores.Tariffs.SaveAsync(tariff with { MetricPrices = [], MinimumPayment = 0m }, None);
        var replaced = (await Stores.Tariffs.GetAsync("default", "t1", None))!;
        (replaced.MetricPrices.Count, replaced.MinimumPayment).ShouldBe((0, 0m));
    }
}
