using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Billing;

public sealed class BillingAccountApiTests(BillingApiFactory factory) : IClassFixture<BillingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Account_AfterTariffTopUpAndCharges_ShowsBalanceLimitPeriodAndMinimumTopUp_ThenBlocksWhenExhausted()
    {
        var tariff = await _client.CreateTariffAsync("Prepaid 2026", minimumPayment: 20m);
        var settings = await (await _client.PutJsonAsync("/api/system/companies/default/billing", new JsonObject { ["tariffId"] = tariff, ["creditLimit"] = 10m }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        (settings.Money("creditLimit"), settings["tariff"].Text("id")).ShouldBe((10m, tariff));
        (await _client.TopUpAsync(50m, "pay-account-1", "Bank transfer")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var now = factory.Clock.GetUtcNow();
        await factory.Ledger.PostAsync(
            LedgerSeed.Call("acct-call-1", now.AddHours(-2), "Germany mobile", 180, 0.05m),
            LedgerSeed.Metric("acct-sms-1", now.AddHours(-1), "sms.sent", 5m, 0.08m));

        var account = await (await _client.GetAsync("/api/billing/account")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (account.Text("currency"), account.Money("balance"), account.Money("creditLimit"), account.Money("available")).ShouldBe(("EUR", 49.45m, 10m, 59.45m));
        account["blocked"]!.GetValue<bool>().ShouldBeFalse();
        account["blockedReason"].ShouldBeNull();
        (account["tariff"].Text("id"), account["tariff"].Text("name"), account.Money("minimumPayment")).ShouldBe((tariff, "Prepaid 2026", 20m));
        account["payer"].ShouldBeNull();
        var period = account["period"]!;
        (period.Text("name"), period.Money("charges"), period.Money("minimumTopUp")).ShouldBe(("2026-11", 0.55m, 19.45m));
        period["start"]!.GetValue<DateTimeOffset>().ShouldBe(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        period["end"]!.GetValue<DateTimeOffset>().ShouldBe(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        (await _client.PutJsonAsync("/api/system/companies/default/billing", new JsonObject { ["creditLimit"] = 0m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.PostJsonAsync("/api/system/companies/default/adjustments",
            new JsonObject { ["amount"] = -60m, ["reference"] = "acct-fix-1", ["note"] = "Chargeback" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var blocked = await (await _client.GetAsync("/api/billing/account")).ShouldBeJsonAsync(HttpStatusCode.OK);

        (blocked.Money("balance"), blocked.Money("available")).ShouldBe((-10.55m, -10.55m));
        blocked["blocked"]!.GetValue<bool>().ShouldBeTrue();
        blocked.Text("blockedReason").ShouldContain("-10.55 EUR");
        blocked.Text("blockedReason").ShouldContain("top up", Case.Insensitive);
        blocked["tariff"].Text("id").ShouldBe(tariff);
    }

    [Fact]
    public async Task Payer_PutShowsOnTheAccount_BadOne422NamingEachField_DeleteClearsIt()
    {
        var bad = await (await _client.PutJsonAsync("/api/billing/payer", new JsonObject { ["name"] = " ", ["email"] = "billing at acme" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.ErrorKeys().ShouldBe(["email", "name"]);

        var body = new JsonObject { ["name"] = "Acme Holding GmbH", ["email"] = "billing@acme.example", ["address"] = new JsonArray("1 Main Street", "Berlin"), ["taxId"] = "DE999" };
        var put = await (await _client.PutJsonAsync("/api/billing/payer", body)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var payer = put["payer"]!;
        (payer.Text("name"), payer.Text("email"), payer.Text("taxId")).ShouldBe(("Acme Holding GmbH", "billing@acme.example", "DE999"));
        payer["address"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldBe(["1 Main Street", "Berlin"]);
        (await (await _client.GetAsync("/api/billing/account")).ShouldBeJsonAsync(HttpStatusCode.OK))["payer"].Text("name").ShouldBe("Acme Holding GmbH");
        var cleared = await (await _client.DeleteAsync("/api/billing/payer")).ShouldBeJsonAsync(HttpStatusCode.OK);
        cleared["payer"].ShouldBeNull();
    }
}
