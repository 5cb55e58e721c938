using FlowBuilder.Billing.Rating;
using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Billing.Tests.Rating;

public sealed class DestinationRatesTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly InMemoryCompanyStore _companies = new();
    private readonly CountingTariffStore _tariffs = new();
    private readonly DestinationRates _rates;

    public DestinationRatesTests() => _rates = new DestinationRates(_companies, _tariffs);

    private static Tariff Standard(decimal germany, DateTimeOffset updatedAt) => new("standard", "default", "Standard", "EUR",
        [new TariffRate("49", "Germany", germany), new TariffRate("4915", "Germany mobile", 0.10m)]) { UpdatedAt = updatedAt };

    [Fact]
    public async Task CompanyWithoutTariff_GetsNoRate()
    {
        await _tariffs.SaveAsync(Standard(0.02m, Monday), None);

        (await _rates.FindAsync("default", "+4930123456", None)).ShouldBeNull();
        _tariffs.FullReads.ShouldBe(0);
    }

    [Fact]
    public async Task CompanyTariff_RatesTheDestination_WithTheLongestPrefix()
    {
        await _tariffs.SaveAsync(Standard(0.02m, Monday), None);
        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "standard"), None);

        var rate = await _rates.FindAsync("default", "+49 151 2345678", None);

        rate.ShouldBe(new DestinationRate("standard", "Standard", "EUR", new TariffRate("4915", "Germany mobile", 0.10m)));
        (await _rates.FindAsync("default", "+44 20 12345678", None)).ShouldBeNull();
    }

    [Fact]
    public async Task TariffOfAnotherCompany_OrDeleted_GivesNoRate()
    {
        await _tariffs.SaveAsync(Standard(0.02m, Monday) with { CompanyId = "other" }, None);
        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "standard"), None);
        (await _rates.FindAsync("default", "+4930123456", None)).ShouldBeNull();

        await _tariffs.SaveAsync(Standard(0.02m, Monday), None);
        (await _rates.FindAsync("default", "+4930123456", None)).ShouldNotBeNull();
        await _tariffs.DeleteAsync("default", "standard", None);
        (await _rates.FindAsync("default", "+4930123456", None)).ShouldBeNull();
    }

    [Fact]
    public async Task RateTable_IsBuiltOnce_AndRebuiltWhenTheTariffIsUpdated()
    {
        await _tariffs.SaveAsync(Standard(0.02m, Monday), None);
        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "standard"), None);

        for (var i = 0; i < 5; i++) (await _rates.FindAsync("default", "+4930123456", None))!.Rate.PricePerMinute.ShouldBe(0.02m);
        _tariffs.FullReads.ShouldBe(1);

        await _tariffs.SaveAsync(Standard(0.03m, Monday.AddMinutes(5)), None);

        (await _rates.FindAsync("default", "+4930123456", None))!.Rate.PricePerMinute.ShouldBe(0.03m);
        (await _rates.FindAsync("default", "+4930123456", None))!.Rate.PricePerMinute.ShouldBe(0.03m);
        _tariffs.FullReads.ShouldBe(2);
    }

    [Fact]
    public async Task SwitchingTheCompanyToAnotherTariff_UsesItsRates()
    {
        await _tariffs.SaveAsync(Standard(0.02m, Monday), None);
        await _tariffs.SaveAsync(new Tariff("cheap", "default", "Cheap", "USD", [new TariffRate("49", "Germany", 0.01m)]) { UpdatedAt = Monday }, None);
        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "standard"), None);
        (await _rates.FindAsync("default", "+4930123456", None))!.TariffId.ShouldBe("standard");

        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "cheap"), None);

        var rate = await _rates.FindAsync("default", "+4930123456", None);
        (rate!.TariffId, rate.Currency, rate.Rate.PricePerMinute).ShouldBe(("cheap", "USD", 0.01m));
    }

    [Fact]
    public async Task InvalidStoredTariff_FailsNamingTheTariff()
    {
        await _tariffs.SaveAsync(new Tariff("bad", "default", "Broken", "EUR",
            [new TariffRate("49", "Germany", 0.02m), new TariffRate("4x", "Somewhere", -0.03m)]) { UpdatedAt = Monday }, None);
        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "bad"), None);

        var error = await Should.ThrowAsync<InvalidTariffException>(async () => await _rates.FindAsync("default", "+4930123456", None));

        error.Message.ShouldContain("Tariff 'Broken' (bad)");
    }

    [Fact]
    public async Task ConcurrentFirstLookups_BuildTheTableOnce()
    {
        await _tariffs.SaveAsync(Standard(0.02m, Monday), None);
        await _companies.SaveAsync(new CompanyProfile("default", "Acme", null, "standard"), None);

        var rates = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await _rates.FindAsync("default", "+4930123456", None))));

        rates.ShouldAllBe(rate => rate != null && rate.Rate.Prefix == "49");
        _tariffs.FullReads.ShouldBe(1);
    }
}
