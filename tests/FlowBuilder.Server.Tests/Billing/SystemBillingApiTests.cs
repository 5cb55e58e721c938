using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Billing;

public sealed class SystemBillingApiTests(BillingApiFactory factory) : IClassFixture<BillingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TopUp_SameReferenceTwice_CreditsOnce_AndAnswersTheFirstEntryWith200()
    {
        var before = await BalanceAsync();

        var first = await (await _client.TopUpAsync(25.50m, "bank-tx-1001", "Bank transfer")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var again = await (await _client.TopUpAsync(25.50m, "bank-tx-1001", "Bank transfer")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (first.Text("kind"), first.Text("sourceKind"), first.Text("sourceId"), first.Money("amount"), first.Text("description"))
            .ShouldBe(("topUp", "payment", "bank-tx-1001", 25.50m, "Bank transfer"));
        again.Text("id").ShouldBe(first.Text("id"));
        (await BalanceAsync()).ShouldBe(before + 25.50m);
        var payments = await factory.Ledger.ListAsync(new LedgerQuery("default", Kind: LedgerEntryKind.TopUp), CancellationToken.None);
        payments.Count(e => e.SourceId == "bank-tx-1001").ShouldBe(1);
    }

    [Fact]
    public async Task TopUp_BadAmountAndNoReference_422NamingEachField_AndNothingIsBooked()
    {
        var before = await BalanceAsync();

        var zero = await (await _client.PostJsonAsync("/api/system/companies/default/top-ups", new JsonObject { ["amount"] = 0m }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var cents = await (await _client.TopUpAsync(10.005m, "bank-tx-cents")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        zero.ErrorKeys().ShouldBe(["amount", "reference"]);
        cents.ErrorKeys().ShouldBe(["amount"]);
        cents["errors"]!["amount"]![0]!.GetValue<string>().ShouldContain("more than 2 decimals");
        (await BalanceAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Adjustment_NegativeWithNote_Is201AndIdempotent_ZeroOrWithoutNote422()
    {
        var before = await BalanceAsync();

        var bad = await (await _client.PostJsonAsync("/api/system/companies/default/adjustments", new JsonObject { ["amount"] = 0m, ["reference"] = "fix-0" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var body = new JsonObject { ["amount"] = -4.20m, ["reference"] = "ticket-77", ["note"] = "Double-charged call" };
        var created = await (await _client.PostJsonAsync("/api/system/companies/default/adjustments", body)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var again = await (await _client.PostJsonAsync("/api/system/companies/default/adjustments", body)).ShouldBeJsonAsync(HttpStatusCode.OK);

        bad.ErrorKeys().ShouldBe(["amount", "note"]);
        (created.Text("kind"), created.Text("sourceKind"), created.Money("amount")).ShouldBe(("adjustment", "adjustment", -4.20m));
        again.Text("id").ShouldBe(created.Text("id"));
        (await BalanceAsync()).ShouldBe(before - 4.20m);
    }

    [Fact]
    public async Task UnknownCompany_404OnBillingTopUpsAndAdjustments()
    {
        var billing = await (await _client.PutJsonAsync("/api/system/companies/no-such-co/billing", new JsonObject { ["creditLimit"] = 5m }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var topUp = await (await _client.TopUpAsync(5m, "x", company: "no-such-co")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var adjustment = await (await _client.PostJsonAsync("/api/system/companies/no-such-co/adjustments",
            new JsonObject { ["amount"] = 1m, ["reference"] = "x", ["note"] = "n" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        new[] { billing, topUp, adjustment }.Select(p => p.Text("companyId")).ShouldAllBe(id => id == "no-such-co");
        billing.Text("detail").ShouldContain("/api/system/companies");
    }

    [Fact]
    public async Task Billing_BadTariffLimitAndCurrency_422NamingEachField_NullLimitMeansNoLimit()
    {
        var bad = await (await _client.PutJsonAsync("/api/system/companies/default/billing",
            new JsonObject { ["tariffId"] = "no-such-tariff", ["creditLimit"] = -1m, ["currency"] = "EURO" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.ErrorKeys().ShouldBe(["creditLimit", "currency", "tariffId"]);
        bad["errors"]!["tariffId"]![0]!.GetValue<string>().ShouldContain("no-such-tariff");

        var limited = await (await _client.PutJsonAsync("/api/system/companies/default/billing", new JsonObject { ["creditLimit"] = 25m, ["currency"] = "usd" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var unlimited = await (await _client.PutJsonAsync("/api/system/companies/default/billing", new JsonObject { ["creditLimit"] = null, ["currency"] = "EUR" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        (limited.Money("creditLimit"), limited.Text("currency")).ShouldBe((25m, "USD"));
        unlimited["creditLimit"].ShouldBeNull();
        unlimited["available"].ShouldBeNull();
        unlimited.Text("currency").ShouldBe("EUR");
        unlimited["blocked"]!.GetValue<bool>().ShouldBeFalse();
    }

    private async Task<decimal> BalanceAsync() => (await (await _client.GetAsync("/api/billing/account")).ShouldBeJsonAsync(HttpStatusCode.OK)).Money("balance");
}
