using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tests.Tariffs;

public sealed class TariffCsvTests
{
    [Fact]
    public void CommaFile_WithOptionalColumns_IsRead()
    {
        var rates = TariffCsv.Parse("""
            prefix,destination,pricePerMinute,connectionFee,firstIncrement,nextIncrement
            49,Germany,0.02,0.05,30,6
            4915,"Germany mobile, all networks",0.105,,,

            +44,United Kingdom,0,0,1,1
            """);

        rates.ShouldBe([
            new TariffRate("49", "Germany", 0.02m, 0.05m, 30, 6),
            new TariffRate("4915", "Germany mobile, all networks", 0.105m, 0m, 60, 60),
            new TariffRate("44", "United Kingdom", 0m, 0m, 1, 1),
        ]);
    }

    [Fact]
    public void SemicolonFile_WithBomAndAnyColumnOrderAndCase_IsRead()
    {
        var rates = TariffCsv.Parse("\uFEFFDestination;PREFIX;pricePerMinute\r\n\"Germany \"\"fixed\"\"\";4930;0.01\r\nFrance;33;0.015\r\n");

        rates.ShouldBe([new TariffRate("4930", "Germany \"fixed\"", 0.01m), new TariffRate("33", "France", 0.015m)]);
    }

    [Fact]
    public void BadLines_AreAllReportedWithTheirLineNumbers()
    {
        var error = Should.Throw<InvalidTariffException>(() => TariffCsv.Parse("""
            prefix;destination;pricePerMinute;firstIncrement
            49;Germany;0,02;60
            4915;Germany mobile;0.10;60
            x44;UK;0.01;60
            33;;0.01;60
            4915;Duplicate;0.11;60
            34;Spain;-1;0
            35;Portugal;0.01;sixty
            36;Extra;0.01;60;1
            """));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "line 2: pricePerMinute '0,02' is not a number (use a dot as decimal separator: 0.05).",
            "line 4: 'x44' is not a prefix: use 1 to 15 digits of the international number without '+' (49, 4915, 1212).",
            "line 5: The destination needs a name (Germany mobile).",
            "line 6: prefix 4915 is already on line 3: keep one rate per prefix.",
            "line 7: The price per minute is -1: it cannot be negative.",
            "line 7: The first increment is 0 s: it must be at least 1 second.",
            "line 8: firstIncrement 'sixty' is not a whole number of seconds.",
            "line 9: the line has 5 fields but the header has 4: quote fields that contain the delimiter.",
        ]);
        error.Errors[0].Field.ShouldBe("pricePerMinute");
        error.Errors[0].Line.ShouldBe(2);
        error.Message.ShouldStartWith("The rates file has 8 error(s):");
    }

    [Fact]
    public void QuotedFieldSpanningLines_KeepsLaterLineNumbersRight()
    {
        var error = Should.Throw<InvalidTariffException>(() => TariffCsv.Parse(
            "prefix,destination,pricePerMinute\n49,\"Germany\nfixed\",0.01\n44,UK,abc\n"));

        error.Errors.ShouldHaveSingleItem().Line.ShouldBe(4);
    }

    [Fact]
    public void UnclosedQuote_IsReported()
    {
        var error = Should.Throw<InvalidTariffException>(() => TariffCsv.Parse("prefix,destination,pricePerMinute\n49,\"Germany,0.01\n"));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("line 2: a quoted field is not closed: add the closing quote.");
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("prefix,destination\n49,Germany", "the header has no 'pricePerMinute' column")]
    [InlineData("prefix,destination,price\n49,Germany,1", "unknown column 'price' in the header")]
    [InlineData("prefix,prefix,destination,pricePerMinute\n", "column 'prefix' appears twice")]
    public void BadHeader_IsReportedOnLineOne(string csv, string message)
    {
        var error = Should.Throw<InvalidTariffException>(() => TariffCsv.Parse(csv));

        error.Errors.ShouldAllBe(e => e.Line == 1);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task ParseAsync_ReadsFromAReader()
    {
        using var reader = new StringReader("prefix,destination,pricePerMinute\n49,Germany,0.02\n");

        var rates = await TariffCsv.ParseAsync(reader, CancellationToken.None);

        rates.ShouldHaveSingleItem().PricePerMinute.ShouldBe(0.02m);
    }
}
