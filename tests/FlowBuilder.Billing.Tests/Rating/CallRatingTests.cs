using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Billing.Tests.Rating;

public sealed class CallRatingTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly BillingRig _rig = new();

    private async Task<LedgerEntry> RateOneAsync(TariffRate rate, int talkSeconds, string to = "+4915112345678")
    {
        await _rig.SaveTariffAsync([rate]);
        var result = await _rig.Rating.RateAsync(_rig.Call("call-1", to, talkSeconds), None);
        result.Posted.ShouldBeTrue();
        return (await _rig.EntriesAsync()).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(60, 60, 61, 120, "-0.2000")]
    [InlineData(60, 60, 60, 60, "-0.1000")]
    [InlineData(1, 1, 61, 61, "-0.1017")]
    [InlineData(30, 6, 31, 36, "-0.0600")]
    [InlineData(30, 6, 10, 30, "-0.0500")]
    [InlineData(30, 6, 0, 0, "0")]
    public async Task Increments_BillWholeSteps_AtThePricePerMinute(int first, int next, int talkSeconds, int billedSeconds, string amount)
    {
        var entry = await RateOneAsync(new TariffRate("4915", "Germany mobile", 0.10m, 0m, first, next), talkSeconds);

        entry.BilledSeconds.ShouldBe(billedSeconds);
        entry.Amount.ShouldBe(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        entry.Quantity.ShouldBe(Math.Round(billedSeconds / 60m, 4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task ConnectionFee_IsAddedToAnsweredCalls_ButNotToZeroSecondOnes()
    {
        var fee = new TariffRate("4915", "Germany mobile", 0.10m, 0.05m, 60, 60);

        (await RateOneAsync(fee, 30)).Amount.ShouldBe(-0.15m);

        var zero = await _rig.Rating.RateAsync(_rig.Call("call-2", "+4915112345678", 0), None);
        zero.Posted.ShouldBeTrue();
        (await _rig.EntriesAsync()).Single(e => e.SourceId == "call-2").Amount.ShouldBe(0m);
    }

    [Theory]
    [InlineData("0.00005", 60, "-0.0001")]  // exactly half of the 4th decimal: away from zero (banker's would give 0)
    [InlineData("0.00015", 60, "-0.0002")]
    [InlineData("0.00004", 60, "0")]
    [InlineData("0.01234", 30, "-0.0062")]  // 0.00617 -> 0.0062
    public async Task Charges_AreRoundedToFourDecimals_MidpointAwayFromZero(string perMinute, int talkSeconds, string amount)
    {
        var price = decimal.Parse(perMinute, System.Globalization.CultureInfo.InvariantCulture);

        var entry = await RateOneAsync(new TariffRate("4915", "Germany mobile", price, 0m, 1, 1), talkSeconds);

        entry.Amount.ShouldBe(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Entry_NamesDestinationPrefixNumberAndTimes_InTheTariffCurrency()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.02m), new TariffRate("4915", "Germany mobile", 0.12m, 0m, 1, 1)], currency: "CHF");
        var ended = _rig.Time.GetUtcNow().AddMinutes(-3);

        await _rig.Rating.RateAsync(_rig.Call("call-7", "+49 151 12345678", 90, ended), None);

        var entry = (await _rig.EntriesAsync()).ShouldHaveSingleItem();
        entry.Kind.ShouldBe(LedgerEntryKind.Call);
        entry.SourceKind.ShouldBe("call");
        entry.SourceId.ShouldBe("call-7");
        entry.Item.ShouldBe("Germany mobile");
        entry.Prefix.ShouldBe("4915");
        entry.UnitPrice.ShouldBe(0.12m);
        entry.Quantity.ShouldBe(1.5m);
        entry.Amount.ShouldBe(-0.18m);
        entry.Currency.ShouldBe("CHF");
        entry.Description.ShouldBe("+49 151 12345678");
        entry.OccurredAt.ShouldBe(ended);
        entry.PostedAt.ShouldBe(_rig.Time.GetUtcNow());
        entry.Id.ShouldStartWith("led_");
    }

    [Fact]
    public async Task Replay_OfTheSameCdr_PostsOnce()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.60m)]);
        var call = _rig.Call("call-1", "+4930123456", 60);

        var first = await _rig.Rating.RateAsync(call, None);
        var again = await _rig.Rating.RateAsync(call, None);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _rig.Records.AddAsync(call, None).AsTask()));

        first.ShouldBe(new LedgerPostResult(true, -0.60m));
        again.ShouldBe(new LedgerPostResult(false, -0.60m));
        (await _rig.EntriesAsync()).Count.ShouldBe(1);
        (await _rig.Ledger.GetAccountAsync(BillingRig.CompanyId, "EUR", None)).Balance.ShouldBe(-0.60m);
    }

    [Fact]
    public async Task NoMatchingPrefix_PostsAZeroEntry_NamedUnratedDestination_Once()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.02m)], currency: "USD");
        var call = _rig.Call("call-uk", "+442071234567", 125);

        (await _rig.Rating.RateAsync(call, None)).Posted.ShouldBeTrue();
        (await _rig.Rating.RateAsync(call, None)).Posted.ShouldBeFalse();

        var entry = (await _rig.EntriesAsync()).ShouldHaveSingleItem();
        entry.Item.ShouldBe(CallRating.UnratedItem);
        entry.Amount.ShouldBe(0m);
        entry.UnitPrice.ShouldBe(0m);
        entry.Prefix.ShouldBeNull();
        entry.BilledSeconds.ShouldBe(125);
        entry.Currency.ShouldBe("USD");
    }

    [Fact]
    public async Task CompanyWithoutTariff_PostsAZeroUnratedEntry_InTheAccountCurrency()
    {
        await _rig.Ledger.SaveSettingsAsync(new BillingAccount(BillingRig.CompanyId, "GBP", 0m, null, null), None);

        (await _rig.Rating.RateAsync(_rig.Call("call-1", "+4930123456", 30), None)).Posted.ShouldBeTrue();

        var entry = (await _rig.EntriesAsync()).ShouldHaveSingleItem();
        entry.Item.ShouldBe("Unrated destination");
        entry.Currency.ShouldBe("GBP");
    }

    [Fact]
    public async Task InboundUnansweredAndCompanylessLegs_PostNothing()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.02m)]);

        (await _rig.Rating.RateAsync(_rig.Call("in", "+4930123456", 60, direction: CallDirection.Inbound), None)).Posted.ShouldBeFalse();
        (await _rig.Rating.RateAsync(_rig.Call("busy", "+4930123456", 0, answered: false), None)).Posted.ShouldBeFalse();
        (await _rig.Rating.RateAsync(_rig.Call("nobody", "+4930123456", 60, companyId: null), None)).Posted.ShouldBeFalse();

        (await _rig.EntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangedTariff_PricesTheNextCall_WithTheNewRate()
    {
        var tariff = await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.60m)]);
        await _rig.Rating.RateAsync(_rig.Call("call-1", "+4930123456", 60), None);

        _rig.Time.Advance(TimeSpan.FromMinutes(1));
        await _rig.Tariffs.SaveAsync(tariff with { Rates = [new TariffRate("49", "Germany", 1.20m)], UpdatedAt = _rig.Time.GetUtcNow() }, None);
        await _rig.Rating.RateAsync(_rig.Call("call-2", "+4930123456", 60), None);

        (await _rig.EntriesAsync()).OrderBy(e => e.SourceId).Select(e => e.Amount).ShouldBe([-0.60m, -1.20m]);
    }
}
