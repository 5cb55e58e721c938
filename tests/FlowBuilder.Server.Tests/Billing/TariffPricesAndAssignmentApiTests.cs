using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Accounts;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Billing;

public sealed class TariffPricesAndAssignmentApiTests(BillingApiFactory factory) : IClassFixture<BillingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Tariff_MetricPricesAndMinimumPayment_RoundTrip_AndAPutWithoutThemKeepsThem()
    {
        var prices = new JsonArray(
            new JsonObject { ["metric"] = "tts.characters", ["unitPrice"] = 0.00002m },
            new JsonObject { ["metric"] = "sms.sent", ["unitPrice"] = 0.08m, ["name"] = "SMS" });
        var id = await _client.CreateTariffAsync("Actions", minimumPayment: 49.90m, metricPrices: prices);

        var read = await (await _client.GetAsync($"/api/tariffs/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        read.Money("minimumPayment").ShouldBe(49.90m);
        read["metricPrices"]!.AsArray().Select(p => (p.Text("metric"), p.Money("unitPrice"), p!["name"]?.GetValue<string>()))
            .ShouldBe([("sms.sent", 0.08m, "SMS"), ("tts.characters", 0.00002m, null)]);
        var renamed = JsonNode.Parse("""{ "name": "Actions 2", "currency": "EUR", "rates": [] }""")!;
        var kept = await (await _client.PutJsonAsync($"/api/tariffs/{id}", renamed)).ShouldBeJsonAsync(HttpStatusCode.OK);
        (kept.Text("name"), kept.Money("minimumPayment"), kept["metricPrices"]!.AsArray().Count).ShouldBe(("Actions 2", 49.90m, 2));
        renamed["metricPrices"] = new JsonArray();
        renamed["minimumPayment"] = 0m;
        var cleared = await (await _client.PutJsonAsync($"/api/tariffs/{id}", renamed)).ShouldBeJsonAsync(HttpStatusCode.OK);
        (cleared.Money("minimumPayment"), cleared["metricPrices"]!.AsArray().Count).ShouldBe((0m, 0));
    }

    [Fact]
    public async Task Tariff_BadMetricNameDuplicateNegativePriceAndMinimum_422NamingEachFieldAndMetric()
    {
        var body = JsonNode.Parse("""
            { "name": "Bad actions", "currency": "EUR", "rates": [], "minimumPayment": -5,
              "metricPrices": [ { "metric": "SMS Sent", "unitPrice": 0.08 }, { "metric": "webhook.calls", "unitPrice": 0.001 },
                                { "metric": "webhook.calls", "unitPrice": 0.002 }, { "metric": "tts.characters", "unitPrice": -0.1 } ] }
            """);

        var problem = await (await _client.PostJsonAsync("/api/tariffs", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.ErrorKeys().ShouldBe(["metricPrices[0].metric", "metricPrices[2].metric", "metricPrices[3].unitPrice", "minimumPayment"]);
        problem["errors"]!["metricPrices[0].metric"]![0]!.GetValue<string>().ShouldContain("'SMS Sent'");
        problem["errors"]!["metricPrices[2].metric"]![0]!.GetValue<string>().ShouldContain("webhook.calls is listed twice");
        problem["errors"]!["metricPrices[3].unitPrice"]![0]!.GetValue<string>().ShouldContain("tts.characters");
    }

    [Fact]
    public async Task CompanyPut_AdminSendingAnotherTariff_403_SameOrNoTariffKeepsIt_SystemAdministratorChangesIt()
    {
        var acme = await AccountsFixture.CreateCompanyAsync(factory, "tariff-assignment");
        using var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-FlowBuilder-Company", acme.CompanyId);
        using var admin = acme.Client("admin");
        // Tariffs belong to the company they price: the system administrator creates them while acting in it.
        var first = await system.CreateTariffAsync("Assigned");
        var other = await system.CreateTariffAsync("Cheaper");
        (await system.PutJsonAsync("/api/company", Profile(first))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await (await admin.PutJsonAsync("/api/company", Profile(other))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var same = await (await admin.PutJsonAsync("/api/company", Profile(first, "Acme Renamed"))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var without = await (await admin.PutJsonAsync("/api/company", Profile(null, "Acme Again"))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var bySystem = await (await system.PutJsonAsync("/api/company", Profile(other))).ShouldBeJsonAsync(HttpStatusCode.OK);

        (refused.Text("title"), refused.Text("permission")).ShouldBe(("Not allowed", "system"));
        refused.Text("detail").ShouldStartWith("Only a system administrator assigns the tariff");
        (same.Text("name"), same.Text("tariffId")).ShouldBe(("Acme Renamed", first));
        (without.Text("name"), without.Text("tariffId")).ShouldBe(("Acme Again", first));
        bySystem.Text("tariffId").ShouldBe(other);
    }

    private static JsonObject Profile(string? tariffId, string name = "Acme Ltd") => new() { ["name"] = name, ["tariffId"] = tariffId, ["timeZone"] = "UTC" };
}
