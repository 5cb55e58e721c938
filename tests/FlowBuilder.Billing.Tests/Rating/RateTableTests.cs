using System.Diagnostics;
using System.Globalization;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tests.Rating;

public sealed class RateTableTests
{
    private static Tariff TariffOf(params TariffRate[] rates) => new("t1", "default", "Standard", "EUR", rates);

    [Fact]
    public void Find_SeveralPrefixesMatch_TheLongestWins()
    {
        var table = RateTable.Build(TariffOf(
            new TariffRate("49", "Germany", 0.02m),
            new TariffRate("4915", "Germany mobile", 0.10m),
            new TariffRate("49151", "Germany mobile T", 0.12m)));

        table.Find("+49 1512 3456789")!.Destination.ShouldBe("Germany mobile T");
        table.Find("+4915912345678")!.Destination.ShouldBe("Germany mobile");
        table.Find("+49 30 1234567")!.Destination.ShouldBe("Germany");
    }

    [Fact]
    public void Find_IgnoresPlusSpacesAndPunctuation()
    {
        var table = RateTable.Build(TariffOf(new TariffRate("1212", "New York", 0.01m)));

        table.Find("+1 (212) 555-0100")!.Prefix.ShouldBe("1212");
        table.Find("001212")!.ShouldBeNull();
    }

    [Fact]
    public void Find_NoPrefixMatches_ReturnsNull()
    {
        var table = RateTable.Build(TariffOf(new TariffRate("49", "Germany", 0.02m), new TariffRate("4420", "London", 0.03m)));

        table.Find("+44 161 1234567").ShouldBeNull();
        table.Find("").ShouldBeNull();
        table.Find("+").ShouldBeNull();
        table.TryFind("+33123456789", out _).ShouldBeFalse();
        RateTable.Build(TariffOf()).Find("+49301234567").ShouldBeNull();
    }

    [Fact]
    public void Find_NumberShorterThanThePrefix_DoesNotMatchIt()
    {
        var table = RateTable.Build(TariffOf(new TariffRate("491511", "Germany mobile", 0.1m)));

        table.Find("+4915").ShouldBeNull();
        table.Find("+491511").ShouldNotBeNull();
    }

    [Fact]
    public void Build_TableCarriesTheTariff()
    {
        var updated = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var table = RateTable.Build(TariffOf(new TariffRate("49", "Germany", 0.02m)) with { UpdatedAt = updated });

        (table.TariffId, table.TariffName, table.Currency, table.UpdatedAt, table.Count).ShouldBe(("t1", "Standard", "EUR", updated, 1));
    }

    [Fact]
    public void Build_DuplicatePrefix_IsRefusedNamingBothRates()
    {
        var error = Should.Throw<InvalidTariffException>(() => RateTable.Build(TariffOf(
            new TariffRate("49", "Germany", 0.02m), new TariffRate("44", "UK", 0.02m), new TariffRate("49", "Germany again", 0.03m))));

        error.Errors.ShouldHaveSingleItem().Field.ShouldBe("rates[2].prefix");
        error.Message.ShouldContain("Prefix 49 appears twice (also rates[0])");
        error.Message.ShouldContain("Tariff 'Standard' (t1)");
    }

    [Fact]
    public void FiftyThousandPrefixes_AreBuiltAndEachNumberFindsItsLongestPrefix_Quickly()
    {
        var random = new Random(8);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        while (prefixes.Count < 50_000)
        {
            var length = random.Next(1, 10);
            prefixes.Add(string.Concat(Enumerable.Range(0, length).Select(i => (char)('0' + (i == 0 ? random.Next(1, 10) : random.Next(10))))));
        }

        var rates = prefixes.Select(p => new TariffRate(p, "d" + p, p.Length / 100m)).ToList();
        var table = RateTable.Build(TariffOf([.. rates]));
        table.Count.ShouldBe(50_000);

        var numbers = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + random.Next(10))));
            numbers.Add("+" + digits);
        }

        var longMatches = 0;
        foreach (var number in numbers)
        {
            var digits = number[1..];
            var expected = Enumerable.Range(1, digits.Length).Reverse().Select(n => digits[..n]).FirstOrDefault(prefixes.Contains);
            (table.Find(number)?.Prefix).ShouldBe(expected, number);
            if (expected is { Length: >= 5 }) longMatches++;
        }

        longMatches.ShouldBeGreaterThan(1_000);

        var stopwatch = Stopwatch.StartNew();
        var found = 0;
        for (var round = 0; round < 10; round++)
        {
            foreach (var number in numbers) if (table.TryFind(number, out _)) found++;
        }

        stopwatch.Stop();
        found.ShouldBeGreaterThan(0);
        var perSecond = 200_000 / stopwatch.Elapsed.TotalSeconds;
        perSecond.ShouldBeGreaterThan(100_000, $"{perSecond.ToString("0", CultureInfo.InvariantCulture)} lookups/s");
    }
}
