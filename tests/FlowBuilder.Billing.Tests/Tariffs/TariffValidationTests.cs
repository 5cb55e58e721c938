using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tests.Tariffs;

public sealed class TariffValidationTests
{
    [Fact]
    public void ValidTariff_HasNoErrors()
    {
        var tariff = new Tariff("t1", "default", "Standard", "EUR",
            [new TariffRate("49", "Germany", 0.02m), new TariffRate("123456789012345", "Longest", 0m, 0m, 1, 1)]);

        TariffValidation.Check(tariff).ShouldBeEmpty();
        Should.NotThrow(() => TariffValidation.ThrowIfInvalid(tariff));
    }

    [Theory]
    [InlineData("", "rates[0].prefix")]
    [InlineData("+49", "rates[0].prefix")]
    [InlineData("49a", "rates[0].prefix")]
    [InlineData("1234567890123456", "rates[0].prefix")]
    public void BadPrefix_IsNamed(string prefix, string field)
    {
        var errors = TariffValidation.Check(new Tariff("t1", "default", "Standard", "EUR", [new TariffRate(prefix, "X", 0.01m)]));

        errors.ShouldHaveSingleItem().Field.ShouldBe(field);
        errors[0].Message.ShouldContain("1 to 15 digits");
    }

    [Fact]
    public void EveryProblem_IsReportedWithItsField()
    {
        var tariff = new Tariff("t1", "default", " ", "eur",
        [
            new TariffRate("49", " ", -0.01m, -1m, 0, -5),
        ]);

        var fields = TariffValidation.Check(tariff).Select(e => e.Field).ToList();

        fields.ShouldBe(["name", "currency", "rates[0].destination", "rates[0].pricePerMinute", "rates[0].connectionFee",
            "rates[0].firstIncrement", "rates[0].nextIncrement"]);
    }

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("usd", false)]
    [InlineData("EU", false)]
    [InlineData("EURO", false)]
    [InlineData("E1R", false)]
    public void Currency_MustBeThreeCapitalLetters(string currency, bool valid)
    {
        TariffValidation.IsCurrencyCode(currency).ShouldBe(valid);
    }

    [Fact]
    public void ThrowIfInvalid_MessageListsTheErrors()
    {
        var error = Should.Throw<InvalidTariffException>(() =>
            TariffValidation.ThrowIfInvalid(new Tariff("t9", "default", "Promo", "EURO", [new TariffRate("44", "UK", -1m)])));

        error.Message.ShouldContain("Tariff 'Promo' (t9) has 2 error(s)");
        error.Message.ShouldContain("currency: 'EURO' is not an ISO 4217 currency code");
        error.Message.ShouldContain("rates[0].pricePerMinute: The price per minute is -1");
    }
}
