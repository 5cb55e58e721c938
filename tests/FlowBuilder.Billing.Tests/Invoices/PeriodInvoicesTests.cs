using System.Text.RegularExpressions;
using FlowBuilder.Billing.Hosting;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Engine.Billing;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Tests.Invoices;

public sealed class PeriodInvoicesTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string Berlin = "Europe/Berlin";
    private static readonly InvoiceSellerOptions Seller = new()
    {
        Name = "FlowBuilder Telecom GmbH", Address = ["Ring 5", "1010 Wien"], TaxId = "ATU1", Email = "billing@flowbuilder.test",
    };

    private readonly BillingRig _rig = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), Seller);
    private readonly string _folder = Directory.CreateTempSubdirectory("flowbuilder-period-invoice-").FullName;
    private readonly BillingPeriod _november;

    public PeriodInvoicesTests()
    {
        BillingPeriod.TryParse("2026-11", Berlin, out _november).ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>November in Berlin: two German destinations, an unrated call, SMS and TTS, a top-up, the minimum; and entries just
    /// outside the month.</summary>
    private async Task NovemberAsync()
    {
        await _rig.SaveTariffAsync(
            [new TariffRate("49", "Germany, fixed", 0.02m, 0m, 60, 60), new TariffRate("4915", "Germany \"mobile\"", 0.12m, 0.01m, 1, 1)],
            [new MetricPrice(BillingMetrics.SmsSent, 0.075m, "SMS sent"), new MetricPrice(BillingMetrics.TtsCharacters, 0.00002m)],
            minimumPayment: 5m, timeZone: Berlin);
        var midMonth = new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero);
        var firstMinute = new DateTimeOffset(2026, 10, 31, 23, 0, 30, TimeSpan.Zero);  // 1 November 00:00:30 in Berlin
        var lastMinute = new DateTimeOffset(2026, 11, 30, 22, 59, 30, TimeSpan.Zero);  // 30 November 23:59:30 in Berlin
        await _rig.Rating.RateAsync(_rig.Call("c1", "+4930111", 61, firstMinute), None);      // 2 min × 0.02 = 0.04
        await _rig.Rating.RateAsync(_rig.Call("c2", "+4930222", 30, midMonth), None);         // 1 min × 0.02 = 0.02
        await _rig.Rating.RateAsync(_rig.Call("c3", "+4915111", 90, midMonth), None);         // 1.5 × 0.12 + 0.01 = 0.19
        await _rig.Rating.RateAsync(_rig.Call("c4", "+4915222", 30, lastMinute), None);       // 0.5 × 0.12 + 0.01 = 0.07
        await _rig.Rating.RateAsync(_rig.Call("c5", "+1212555", 45, midMonth), None);         // unrated
        await _rig.Rating.RateAsync(_rig.Call("october", "+4930111", 600, new DateTimeOffset(2026, 10, 31, 22, 59, 0, TimeSpan.Zero)), None);
        await _rig.Rating.RateAsync(_rig.Call("december", "+4930111", 600, new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero)), None);
        for (var i = 0; i < 3; i++) await _rig.Meter.RecordAsync(new MetricEvent(BillingRig.CompanyId, BillingMetrics.SmsSent, 1, $"sms_{i}", midMonth), None);
        await _rig.Meter.RecordAsync(new MetricEvent(BillingRig.CompanyId, BillingMetrics.TtsCharacters, 12345, "tts_1", midMonth), None);
        await _rig.Ledger.PostAsync(_rig.TopUp("PAY-1", 50m, midMonth.AddDays(-5), "bank transfer"), None);
        await _rig.Ledger.PostAsync(_rig.TopUp("PAY-2", 25m, midMonth.AddDays(5)), None);
        await _rig.Ledger.PostAsync(_rig.TopUp("PAY-DEC", 99m, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)), None);
        // Charges 0.32 (calls) + 0.225 + 0.2469 (metrics) = 0.7919: the minimum adds 4.2081.
        (await _rig.Minimums.CloseLastPeriodAsync(await _rig.Companies.GetAsync(BillingRig.CompanyId, None), None)).ShouldNotBeNull().Posted.ShouldBeTrue();
    }

    [Fact]
    public async Task Invoice_HasALinePerDestinationAndMetric_AndTheMinimum_ButNoPayments()
    {
        await NovemberAsync();

        var invoice = await _rig.Invoices.BuildAsync(BillingRig.CompanyId, _november, None);

        invoice.Number.ShouldBe("FB-acme-202611");
        invoice.IssuedOn.ShouldBe(new DateOnly(2026, 12, 1));
        invoice.PeriodStart.ShouldBe(new DateOnly(2026, 11, 1));
        invoice.PeriodEnd.ShouldBe(new DateOnly(2026, 12, 1));
        invoice.Currency.ShouldBe("EUR");
        invoice.Seller.ShouldBe(new InvoiceParty("FlowBuilder Telecom GmbH", Seller.Address, "ATU1", "billing@flowbuilder.test"));
        invoice.Buyer.Name.ShouldBe("Acme GmbH");
        invoice.Buyer.Address.ShouldBe(["Hauptstraße 1", "10115 Berlin"]);
        invoice.Buyer.TaxId.ShouldBe("DE111");
        invoice.Lines.Select(l => (l.Description, l.Quantity, l.UnitPrice, l.Amount)).ShouldBe(
        [
            ("Germany \"mobile\": 2 calls, billed minutes", 2m, 0.13m, 0.26m),
            ("Germany, fixed: 2 calls, billed minutes", 3m, 0.02m, 0.06m),
            ("Unrated destination: 1 call, billed minutes", 0.75m, 0m, 0m),
            ("SMS sent (sms.sent)", 3m, 0.075m, 0.23m),
            ("tts.characters", 12345m, 0.00002m, 0.25m),
            ("Minimum payment for 2026-11: difference to the minimum", 1m, 4.2081m, 4.21m),
        ]);
        invoice.Total.ShouldBe(5.01m);
        invoice.Notes.ShouldBe("Payments received in the period: 2026-11-07 50.00 EUR (ref PAY-1, bank transfer); 2026-11-17 25.00 EUR (ref PAY-2).");
    }

    [Fact]
    public async Task Buyer_IsThePayer_WhenOneIsSet()
    {
        await NovemberAsync();
        var account = await _rig.Ledger.GetAccountAsync(BillingRig.CompanyId, "EUR", None);
        await _rig.Ledger.SaveSettingsAsync(account with { Payer = new BillingPayer("Parent Holding AG", "ap@parent.test", ["Bahnhofstr. 1", "8001 Zürich"], "CHE-1") }, None);

        var invoice = await _rig.Invoices.BuildAsync(BillingRig.CompanyId, _november, None);

        invoice.Buyer.Name.ShouldBe("Parent Holding AG");
        invoice.Buyer.Address.ShouldBe(["Bahnhofstr. 1", "8001 Zürich"]);
        invoice.Buyer.TaxId.ShouldBe("CHE-1");
        invoice.Buyer.Email.ShouldBe("ap@parent.test");
    }

    [Fact]
    public async Task CurrentPeriod_IsIssuedToday_AndHasNoLinesYet()
    {
        await NovemberAsync();
        BillingPeriod.TryParse("2026-12", Berlin, out var december).ShouldBeTrue();

        var invoice = await _rig.Invoices.BuildAsync(BillingRig.CompanyId, december, None);

        invoice.IssuedOn.ShouldBe(new DateOnly(2026, 12, 3));
        invoice.Lines.ShouldHaveSingleItem().Description.ShouldBe("Germany, fixed: 1 call, billed minutes");
        invoice.Notes.ShouldBe("Payments received in the period: 2026-12-02 99.00 EUR (ref PAY-DEC).");
    }

    [Fact]
    public async Task Csv_IsRfc4180_WithHeaderLinesAndTotal()
    {
        await NovemberAsync();

        var csv = _rig.Invoices.ToCsv(await _rig.Invoices.BuildAsync(BillingRig.CompanyId, _november, None));

        csv.ShouldBe(
            "Description,Quantity,UnitPrice,Amount,Currency\r\n"
            + "\"Germany \"\"mobile\"\": 2 calls, billed minutes\",2,0.13,0.26,EUR\r\n"
            + "\"Germany, fixed: 2 calls, billed minutes\",3,0.02,0.06,EUR\r\n"
            + "\"Unrated destination: 1 call, billed minutes\",0.75,0.00,0.00,EUR\r\n"
            + "SMS sent (sms.sent),3,0.075,0.23,EUR\r\n"
            + "tts.characters,12345,0.00002,0.25,EUR\r\n"
            + "Minimum payment for 2026-11: difference to the minimum,1,4.2081,4.21,EUR\r\n"
            + "Total,,,5.01,EUR\r\n");
    }

    [PdftotextFact]
    public async Task Pdf_ReadWithPdftotext_HoldsNumberPartiesLinesTotalAndPayments()
    {
        await NovemberAsync();
        var invoice = await _rig.Invoices.BuildAsync(BillingRig.CompanyId, _november, None);
        var path = Path.Combine(_folder, "invoice.pdf");

        await using (var file = File.Create(path)) await new InvoicePdfRenderer(Options.Create(new BillingOptions())).RenderPdfAsync(invoice, file, None);
        var text = await Pdftotext.TextOfAsync(path);

        text.ShouldContain("FB-acme-202611");
        text.ShouldContain("Period: 2026-11-01 to 2026-11-30");
        text.ShouldContain("FlowBuilder Telecom GmbH");
        text.ShouldContain("Acme GmbH");
        Regex.IsMatch(text, @"Germany, fixed: 2 calls, billed minutes\s+3\s+0\.02\s+0\.06").ShouldBeTrue(text);
        Regex.IsMatch(text, @"tts\.characters\s+12345\s+0\.00002\s+0\.25").ShouldBeTrue(text);
        Regex.IsMatch(text, @"Minimum payment for 2026-11: difference to\s+1\s+4\.2081\s+4\.21").ShouldBeTrue(text);
        text.ShouldContain("Total: 5.01 EUR");
        text.ShouldContain("Payments received in the period: 2026-11-07 50.00 EUR");
    }

    [Fact]
    public void Number_IsCompanyAndMonth()
    {
        BillingPeriod.TryParse("2027-01", "UTC", out var january).ShouldBeTrue();

        PeriodInvoices.Number("globex", january).ShouldBe("FB-globex-202701");
    }
}
