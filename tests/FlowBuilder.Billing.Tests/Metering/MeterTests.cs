using FlowBuilder.Billing.Metering;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tests.Metering;

public sealed class MeterTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly BillingRig _rig = new();

    private Task<Tariff> PricedAsync() => _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.02m)],
    [
        new MetricPrice(BillingMetrics.SmsSent, 0.075m, "SMS sent"),
        new MetricPrice(BillingMetrics.TtsCharacters, 0.00002m),
        new MetricPrice("survey.completed", 0.00005m),
    ]);

    private MetricEvent Event(string metric, decimal quantity, string sourceId) => new(BillingRig.CompanyId, metric, quantity, sourceId, _rig.Time.GetUtcNow().AddSeconds(-5));

    [Theory]
    [InlineData("sms.sent", "3", "-0.2250")]
    [InlineData("tts.characters", "12345", "-0.2469")]
    [InlineData("survey.completed", "1", "-0.0001")]  // 0.00005: midpoint, away from zero
    [InlineData("survey.completed", "0.5", "0")]     // 0.000025
    public async Task Event_IsPricedByTheTariff_AndRoundedToFourDecimals(string metric, string quantity, string amount)
    {
        await PricedAsync();
        var units = decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture);

        var result = await _rig.Meter.RecordAsync(Event(metric, units, "src-1"), None);

        result.Posted.ShouldBeTrue();
        var entry = (await _rig.EntriesAsync()).ShouldHaveSingleItem();
        entry.Amount.ShouldBe(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        result.Balance.ShouldBe(entry.Amount);
        entry.Kind.ShouldBe(LedgerEntryKind.Metric);
        entry.SourceKind.ShouldBe("metric:" + metric);
        entry.SourceId.ShouldBe("src-1");
        entry.Item.ShouldBe(metric);
        entry.Quantity.ShouldBe(units);
        entry.Currency.ShouldBe("EUR");
        entry.OccurredAt.ShouldBe(_rig.Time.GetUtcNow().AddSeconds(-5));
    }

    [Fact]
    public async Task SameEvent_RecordedTwice_IsChargedOnce_ButTheSameSourceOfAnotherMetricCounts()
    {
        await PricedAsync();

        (await _rig.Meter.RecordAsync(Event(BillingMetrics.SmsSent, 1, "sms_1"), None)).Posted.ShouldBeTrue();
        (await _rig.Meter.RecordAsync(Event(BillingMetrics.SmsSent, 1, "sms_1"), None)).ShouldBe(new LedgerPostResult(false, -0.075m));
        (await _rig.Meter.RecordAsync(Event(BillingMetrics.TtsCharacters, 100, "sms_1"), None)).Posted.ShouldBeTrue();

        (await _rig.EntriesAsync()).Count.ShouldBe(2);
        (await _rig.Ledger.GetAccountAsync(BillingRig.CompanyId, "EUR", None)).Balance.ShouldBe(-0.077m);
    }

    [Fact]
    public async Task UnpricedMetric_IsPostedAtZero_SoUsageShows()
    {
        await PricedAsync();

        (await _rig.Meter.RecordAsync(Event(BillingMetrics.WebhookCalls, 1, "i1:n1:1"), None)).Posted.ShouldBeTrue();

        var entry = (await _rig.EntriesAsync()).ShouldHaveSingleItem();
        entry.Amount.ShouldBe(0m);
        entry.UnitPrice.ShouldBe(0m);
        entry.Item.ShouldBe("webhook.calls");
    }

    [Fact]
    public async Task CompanyWithoutTariff_IsChargedNothing_InTheDefaultCurrency()
    {
        (await _rig.Meter.RecordAsync(Event(BillingMetrics.SmsSent, 2, "sms_1"), None)).Posted.ShouldBeTrue();

        var entry = (await _rig.EntriesAsync()).ShouldHaveSingleItem();
        entry.Amount.ShouldBe(0m);
        entry.Currency.ShouldBe("EUR");
    }

    [Theory]
    [InlineData("SMS.Sent")]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("sms sent")]
    public async Task InvalidMetricName_IsRefused_NamingIt(string metric)
    {
        var error = await Should.ThrowAsync<ArgumentException>(_rig.Meter.RecordAsync(Event(metric, 1, "x"), None).AsTask());

        error.Message.ShouldContain($"'{metric}' is not a metric name");
        (await _rig.EntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task NegativeQuantity_IsRefused()
    {
        var error = await Should.ThrowAsync<ArgumentOutOfRangeException>(_rig.Meter.RecordAsync(Event(BillingMetrics.SmsSent, -1, "x"), None).AsTask());

        error.Message.ShouldContain("quantity -1");
    }
}
