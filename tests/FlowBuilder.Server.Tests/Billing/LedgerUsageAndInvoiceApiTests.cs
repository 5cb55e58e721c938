using System.Net;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Billing;

/// <summary>The default company's ledger holds a September call, three October calls, an October SMS batch and an October top-up.</summary>
public sealed class LedgerUsageAndInvoiceApiTests(BillingApiFactory factory) : IClassFixture<BillingApiFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        LedgerEntry[] entries =
        [
            LedgerSeed.Call("sep-1", October.AddDays(-10), "Germany", 60, 0.02m, "49"),
            LedgerSeed.Call("oct-1", October.AddDays(2), "Germany mobile", 180, 0.05m),
            LedgerSeed.Call("oct-2", October.AddDays(3), "Germany mobile", 60, 0.05m),
            LedgerSeed.Call("oct-3", October.AddDays(4), "Germany", 120, 0.02m, "49"),
            LedgerSeed.Metric("oct-sms", October.AddDays(9), "sms.sent", 5m, 0.08m),
            new LedgerEntry("e-oct-pay", "default", LedgerEntryKind.TopUp, "payment", "oct-pay", 100m, "EUR", "Top-up", 0m, October.AddDays(11))
            {
                PostedAt = October.AddDays(11),
                Description = "Bank transfer",
            },
        ];
        foreach (var entry in entries) await factory.Ledger.PostAsync(entry, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ledger_RangeKindAndPaging_NewestFirstWithTotal()
    {
        var october = await (await _client.GetAsync("/api/billing/ledger?from=2026-10-01&to=2026-11-01")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var calls = await (await _client.GetAsync("/api/billing/ledger?from=2026-10-01&to=2026-11-01&kind=call")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var page = await (await _client.GetAsync("/api/billing/ledger?from=2026-10-01&to=2026-11-01&skip=1&take=2")).ShouldBeJsonAsync(HttpStatusCode.OK);

        october.Number("total").ShouldBe(5);
        october["items"]!.AsArray().Select(i => i.Text("sourceId")).ShouldBe(["oct-pay", "oct-sms", "oct-3", "oct-2", "oct-1"]);
        var first = october["items"]![4]!;
        (first.Text("kind"), first.Text("sourceKind"), first.Money("amount"), first.Text("item"), first.Money("quantity"), first.Money("unitPrice"))
            .ShouldBe(("call", "call", -0.15m, "Germany mobile", 3m, 0.05m));
        (first.Number("billedSeconds"), first.Text("prefix"), first.Text("currency")).ShouldBe((180, "4915", "EUR"));
        (calls.Number("total"), calls["items"]!.AsArray().Count).ShouldBe((3, 3));
        calls["items"]!.AsArray().ShouldAllBe(i => i.Text("kind") == "call");
        page.Number("total").ShouldBe(5);
        page["items"]!.AsArray().Select(i => i.Text("sourceId")).ShouldBe(["oct-sms", "oct-3"]);
    }

    [Fact]
    public async Task Ledger_BadQuery_422NamingEachParameter()
    {
        var problem = await (await _client.GetAsync("/api/billing/ledger?from=yesterday&kind=refund&skip=-1&take=0")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var backwards = await (await _client.GetAsync("/api/billing/ledger?from=2026-11-01&to=2026-10-01&take=501")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe(["from", "kind", "skip", "take"]);
        problem["errors"]!["kind"]![0]!.GetValue<string>().ShouldContain("topUp");
        backwards.ErrorKeys().ShouldBe(["take", "to"]);
    }

    [Fact]
    public async Task Usage_October_ChargesByKindAndItem_PaymentsLeftOut()
    {
        var usage = await (await _client.GetAsync("/api/billing/usage?period=2026-10")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (usage.Text("period"), usage.Text("currency"), usage.Money("total")).ShouldBe(("2026-10", "EUR", 0.64m));
        usage["lines"]!.AsArray().Select(l => (l.Text("kind"), l.Text("item"), l.Number("count"), l.Money("quantity"), l.Money("amount"))).ShouldBe(
        [
            ("call", "Germany", 1, 2m, 0.04m),
            ("call", "Germany mobile", 2, 4m, 0.20m),
            ("metric", "sms.sent", 1, 5m, 0.40m),
        ]);
        var current = await (await _client.GetAsync("/api/billing/usage")).ShouldBeJsonAsync(HttpStatusCode.OK);
        (current.Text("period"), current["lines"]!.AsArray().Count, current.Money("total")).ShouldBe(("2026-11", 0, 0m));
    }

    [Theory]
    [InlineData("/api/billing/usage?period=2026-13")]
    [InlineData("/api/billing/usage?period=october")]
    [InlineData("/api/billing/invoices/2026-13.pdf")]
    [InlineData("/api/billing/invoices/last-month.csv")]
    [InlineData("/api/billing/invoices/2026-1.csv")]
    public async Task BadPeriod_422NamingThePeriod(string url)
    {
        var problem = await (await _client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe(["period"]);
        problem["errors"]!["period"]![0]!.GetValue<string>().ShouldContain("yyyy-MM");
    }

    [Fact]
    public async Task Invoices_ListMonthsWithEntriesAndTheCurrentOne_NewestFirst()
    {
        var list = (await (await _client.GetAsync("/api/billing/invoices")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray();

        list.Select(i => (i.Text("period"), i.Money("total"), i.Text("currency"))).ShouldBe([("2026-11", 0m, "EUR"), ("2026-10", 0.64m, "EUR"), ("2026-09", 0.02m, "EUR")]);
        list[1]!["start"]!.GetValue<DateTimeOffset>().ShouldBe(October);
        list[1]!["end"]!.GetValue<DateTimeOffset>().ShouldBe(October.AddMonths(1));
    }

    [Fact]
    public async Task InvoiceCsv_October_ExactLinesAndTotal()
    {
        var response = await _client.GetAsync("/api/billing/invoices/2026-10.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName)
            .ShouldBe(("attachment", "invoice-default-2026-10.csv"));
        (await response.Content.ReadAsStringAsync()).ShouldBe(
            "Description,Quantity,UnitPrice,Amount,Currency\r\n"
            + "\"Germany: 1 call, billed minutes\",2,0.02,0.04,EUR\r\n"
            + "\"Germany mobile: 2 calls, billed minutes\",4,0.05,0.20,EUR\r\n"
            + "sms.sent,5,0.08,0.40,EUR\r\n"
            + "Total,,,0.64,EUR\r\n");
    }

    [Fact]
    public async Task InvoicePdf_October_ReadsBackWithNumberLinesAndTotal()
    {
        var response = await _client.GetAsync("/api/billing/invoices/2026-10.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName)
            .ShouldBe(("attachment", "invoice-default-2026-10.pdf"));
        var text = await Pdftotext.TextOfAsync(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("FB-default-202610");
        text.ShouldContain("Germany mobile: 2 calls, billed minutes");
        text.ShouldContain("sms.sent");
        text.ShouldContain("Total: 0.64 EUR");
        text.ShouldNotContain("oct-1");
    }
}
