using FlowBuilder.Billing.Rating;
using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tests.Tariffs;

public sealed class TariffMetricValidationTests
{
    private static Tariff With(decimal minimumPayment = 0m, params MetricPrice[] prices) =>
        new("t1", "default", "Standard", "EUR", [new TariffRate("49", "Germany", 0.02m)]) { MetricPrices = prices, MinimumPayment = minimumPayment };

    [Fact]
    public void ValidMetricPricesAndMinimum_HaveNoErrors_AndReachTheRateTable()
    {
        var tariff = With(100m, new MetricPrice(BillingMetrics.SmsSent, 0.075m, "SMS"), new MetricPrice("survey.completed", 0m));

        TariffValidation.Check(tariff).ShouldBeEmpty();
        var table = RateTable.Build(tariff);
        table.MinimumPayment.ShouldBe(100m);
        table.MetricPrices["sms.sent"].UnitPrice.ShouldBe(0.075m);
        table.MetricPrices.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("SMS.sent")]
    [InlineData("")]
    [InlineData("-sms")]
    [InlineData("sms sent")]
    public void BadMetricName_IsNamed(string metric)
    {
        var error = TariffValidation.Check(With(0m, new MetricPrice(BillingMetrics.SmsSent, 1m), new MetricPrice(metric, 1m))).ShouldHaveSingleItem();

        error.Field.ShouldBe("metricPrices[1].metric");
        error.Message.ShouldContain($"'{metric}' is not a metric name");
    }

    [Fact]
    public void DuplicateMetric_NamesBothPrices()
    {
        var error = TariffValidation.Check(With(0m, new MetricPrice("sms.sent", 1m), new MetricPrice("tts.characters", 1m), new MetricPrice("sms.sent", 2m)))
            .ShouldHaveSingleItem();

        error.Field.ShouldBe("metricPrices[2].metric");
        error.Message.ShouldBe("Metric sms.sent is priced twice (also metricPrices[0]): keep one price per metric.");
    }

    [Fact]
    public void NegativeUnitPrice_NamesTheMetric()
    {
        var error = TariffValidation.Check(With(0m, new MetricPrice("webhook.calls", -0.01m))).ShouldHaveSingleItem();

        error.Field.ShouldBe("metricPrices[0].unitPrice");
        error.Message.ShouldContain("webhook.calls is -0.01");
    }

    [Fact]
    public void NegativeMinimumPayment_IsNamed_AndTheTableIsNotBuilt()
    {
        var tariff = With(-1m);

        TariffValidation.Check(tariff).ShouldHaveSingleItem().Field.ShouldBe("minimumPayment");
        Should.Throw<InvalidTariffException>(() => RateTable.Build(tariff)).Message.ShouldContain("minimum payment is -1");
    }
}
