using FlowBuilder.Billing.Invoices;
using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

public sealed class ClickToCallInvoiceTests
{
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateOnly December = new(2026, 12, 1);
    private static readonly DateTimeOffset MidNovember = new(2026, 11, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Invoice_ThreeCompletedAtHalfAEuro_OneLineOfOneFifty_FromTheSellerToTheCompany()
    {
        var harness = new ReportsHarness();
        await harness.Companies.SaveAsync(new CompanyProfile(ReportsHarness.Company, "Acme GmbH", "billing@acme.example", "t1")
        {
            Address = ["Hauptstr. 1", "10115 Berlin"],
            TaxId = "DE123456789",
        }, None);
        await harness.AddCampaignAsync("shop", "Shop banner");
        for (var i = 0; i < 3; i++) await harness.AddCompletedAsync("shop", MidNovember.AddHours(i), TimeSpan.FromMinutes(2));
        await harness.AddCompletedAsync("shop", MidNovember.AddMonths(-1), TimeSpan.FromMinutes(2));
        await harness.AddCompletedAsync("shop", new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1));
        await harness.AddCompletedAsync("shop", new DateTimeOffset(2026, 10, 31, 23, 59, 0, TimeSpan.Zero), TimeSpan.FromMinutes(2));
        await harness.AddRequestAsync("shop", CallbackRequestStatus.FailedCallingClient, MidNovember);

        var invoice = await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None);

        invoice.Lines.ShouldBe([new InvoiceLine("Click-to-call 'Shop banner': completed requests", 4, 0.50m)]);
        invoice.Total.ShouldBe(2.00m);
        (invoice.Number, invoice.IssuedOn, invoice.PeriodStart, invoice.PeriodEnd, invoice.Currency)
            .ShouldBe(("CTC-20261101-20261201", new DateOnly(2026, 11, 10), November, December, "EUR"));
        invoice.Seller.Name.ShouldBe("FlowBuilder");
        (invoice.Buyer.Name, string.Join("/", invoice.Buyer.Address), invoice.Buyer.TaxId, invoice.Buyer.Email).ShouldBe(("Acme GmbH", "Hauptstr. 1/10115 Berlin", "DE123456789", "billing@acme.example"));
    }

    [Fact]
    public async Task Invoice_ExactlyThreeAtHalfAEuro_TotalsOneFifty()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop banner");
        for (var i = 0; i < 3; i++) await harness.AddCompletedAsync("shop", MidNovember.AddDays(i), TimeSpan.FromMinutes(2));

        var invoice = await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None);

        invoice.Lines.Single().Amount.ShouldBe(1.50m);
        invoice.Total.ShouldBe(1.50m);
    }

    [Fact]
    public async Task Invoice_TwoCampaigns_OneLineEach_OrOnlyTheOneAskedFor()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop banner");
        await harness.AddCampaignAsync("hotel", "Hotel banner", price: 1.25m);
        for (var i = 0; i < 3; i++) await harness.AddCompletedAsync("shop", MidNovember.AddDays(i), TimeSpan.FromMinutes(2));
        for (var i = 0; i < 2; i++) await harness.AddCompletedAsync("hotel", MidNovember.AddDays(i), TimeSpan.FromMinutes(2), price: 1.25m);

        var invoice = await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None);
        var hotelOnly = await harness.Reports.InvoiceAsync(ReportsHarness.Company, "hotel", November, December, None);

        invoice.Lines.Select(l => (l.Description, l.Quantity, l.UnitPrice, l.Amount)).ShouldBe([
            ("Click-to-call 'Hotel banner': completed requests", 2m, 1.25m, 2.50m),
            ("Click-to-call 'Shop banner': completed requests", 3m, 0.50m, 1.50m),
        ]);
        invoice.Total.ShouldBe(4.00m);
        hotelOnly.Lines.Select(l => l.Amount).ShouldBe([2.50m]);
    }

    [Fact]
    public async Task Invoice_PriceChangedDuringThePeriod_OneLinePerPriceAsStoredOnTheRequests()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop banner", price: 0.75m);
        for (var i = 0; i < 2; i++) await harness.AddCompletedAsync("shop", MidNovember.AddDays(i), TimeSpan.FromMinutes(2), price: 0.50m);
        await harness.AddCompletedAsync("shop", MidNovember.AddDays(5), TimeSpan.FromMinutes(2), price: 0.75m);

        var invoice = await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None);

        invoice.Lines.Select(l => (l.Quantity, l.UnitPrice, l.Amount)).ShouldBe([(2m, 0.50m, 1.00m), (1m, 0.75m, 0.75m)]);
        invoice.Total.ShouldBe(1.75m);
    }

    [Fact]
    public async Task Invoice_MixedCurrencies_OrAnEmptyPeriod_AreRefusedWithArgumentException()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("shop", "Shop banner");
        await harness.AddCampaignAsync("us", "US banner", currency: "USD");
        await harness.AddCompletedAsync("shop", MidNovember, TimeSpan.FromMinutes(2));
        await harness.AddCompletedAsync("us", MidNovember, TimeSpan.FromMinutes(2), currency: "USD");

        var mixed = await Should.ThrowAsync<ArgumentException>(async () => await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None));
        var backwards = await Should.ThrowAsync<ArgumentException>(async () => await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, December, November, None));

        mixed.Message.ShouldContain("EUR and USD");
        backwards.Message.ShouldContain("must be before");
        (await harness.Reports.InvoiceAsync(ReportsHarness.Company, "us", November, December, None)).Total.ShouldBe(0.50m);
    }

    [Fact]
    public async Task Invoice_DaysAreTheCompanysTimeZone_AndTheSellerComesFromConfiguration()
    {
        var harness = new ReportsHarness(new InvoiceSellerOptions { Name = "Carrier AG", Address = ["Ring 5", "Wien"], TaxId = "ATU1" });
        await harness.Companies.SaveAsync(new CompanyProfile(ReportsHarness.Company, "Acme GmbH", null, null, "Europe/Berlin"), None);
        await harness.AddCampaignAsync("shop", "Shop banner");
        await harness.AddCompletedAsync("shop", new DateTimeOffset(2026, 10, 31, 23, 10, 0, TimeSpan.Zero), TimeSpan.FromMinutes(20));
        await harness.AddCompletedAsync("shop", new DateTimeOffset(2026, 11, 30, 22, 50, 0, TimeSpan.Zero), TimeSpan.FromMinutes(20));
        harness.Time.Advance(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero) - harness.Time.GetUtcNow());

        var invoice = await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None);

        invoice.Lines.Single().Quantity.ShouldBe(1m);
        invoice.IssuedOn.ShouldBe(December);
        (invoice.Seller.Name, string.Join("/", invoice.Seller.Address), invoice.Seller.TaxId).ShouldBe(("Carrier AG", "Ring 5/Wien", "ATU1"));
    }

    [Fact]
    public async Task Invoice_NoCompletedRequests_HasNoLinesAndTheCampaignsCurrency()
    {
        var harness = new ReportsHarness();
        await harness.AddCampaignAsync("us", "US banner", currency: "USD");

        var invoice = await harness.Reports.InvoiceAsync(ReportsHarness.Company, null, November, December, None);

        (invoice.Lines.Count, invoice.Total, invoice.Currency).ShouldBe((0, 0m, "USD"));
    }
}
