using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.ClickToCall;

public sealed class CompanyAndTariffApiTests(ClickToCallApiFactory factory) : IClassFixture<ClickToCallApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Company_PutUnknownTariffAndBadEmail_422_ThenAValidOneReadsBack()
    {
        var bad = await (await _client.PutJsonAsync("/api/company", new JsonObject { ["name"] = "Acme", ["email"] = "acme at example", ["tariffId"] = "no-such-tariff", ["timeZone"] = "Mars/Base" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ShouldBe(["email", "tariffId", "timeZone"]);

        var tariff = await CreateTariffAsync("Company tariff");
        var body = new JsonObject
        {
            ["name"] = "Acme Ltd", ["email"] = "office@acme.example", ["tariffId"] = tariff, ["timeZone"] = "Europe/Berlin",
            ["address"] = new JsonArray("1 Main Street", "Berlin"), ["taxId"] = "DE123456789",
        };
        (await _client.PutJsonAsync("/api/company", body)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var read = await (await _client.GetAsync("/api/company")).ShouldBeJsonAsync(HttpStatusCode.OK);
        (read.Text("id"), read.Text("name"), read.Text("email"), read.Text("tariffId"), read.Text("timeZone"), read.Text("taxId"))
            .ShouldBe(("default", "Acme Ltd", "office@acme.example", tariff, "Europe/Berlin", "DE123456789"));
        read["address"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldBe(["1 Main Street", "Berlin"]);
        var inUse = await (await _client.DeleteAsync($"/api/tariffs/{tariff}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        inUse.Text("tariffId").ShouldBe(tariff);
    }

    [Fact]
    public async Task Tariffs_CreateListUpdateDelete()
    {
        var id = await CreateTariffAsync("Lifecycle");

        var listed = (await (await _client.GetAsync("/api/tariffs")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().Single(t => t!.Text("id") == id)!;
        (listed.Text("name"), listed.Text("currency"), listed.Number("rateCount")).ShouldBe(("Lifecycle", "EUR", 2));
        var update = JsonNode.Parse("""{ "name": "Lifecycle 2", "currency": "usd", "rates": [ { "prefix": "+1", "destination": "US", "pricePerMinute": 0.01, "firstIncrement": 1, "nextIncrement": 1 } ] }""")!;
        var updated = await (await _client.PutJsonAsync($"/api/tariffs/{id}", update)).ShouldBeJsonAsync(HttpStatusCode.OK);
        (updated.Text("name"), updated.Text("currency"), updated.Number("rateCount")).ShouldBe(("Lifecycle 2", "USD", 1));
        updated["rates"]![0]!.Text("prefix").ShouldBe("1");
        (await _client.DeleteAsync($"/api/tariffs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.GetAsync($"/api/tariffs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tariffs_BadRates_422NamingEachField()
    {
        var body = JsonNode.Parse("""
            { "name": "", "currency": "euro", "rates": [ { "prefix": "49a", "destination": "Germany", "pricePerMinute": 0.02 },
              { "prefix": "33", "destination": "", "pricePerMinute": -1 }, { "prefix": "33", "destination": "France", "pricePerMinute": 0.03, "nextIncrement": 0 } ] }
            """);

        var problem = await (await _client.PostJsonAsync("/api/tariffs", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ShouldBe([
            "currency", "name", "rates[0].prefix", "rates[1].destination", "rates[1].pricePerMinute", "rates[2].nextIncrement", "rates[2].prefix"]);
    }

    [Fact]
    public async Task RatesCsv_TextBody_ReplacesTheRates()
    {
        var id = await CreateTariffAsync("From CSV");
        var csv = "prefix,destination,pricePerMinute,connectionFee\n44,United Kingdom,0.03,0.01\n4420,London,0.02,\n33,France,0.04,0\n";

        var response = await _client.PostAsync($"/api/tariffs/{id}/rates.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var tariff = await response.ShouldBeJsonAsync(HttpStatusCode.OK);

        tariff.Number("rateCount").ShouldBe(3);
        tariff["rates"]!.AsArray().Select(r => r!.Text("prefix")).ShouldBe(["33", "44", "4420"]);
        tariff["rates"]![1]!["connectionFee"]!.GetValue<decimal>().ShouldBe(0.01m);
    }

    [Fact]
    public async Task RatesCsv_MultipartWithABadLine_422NamingTheLine_AndNothingChanges()
    {
        var id = await CreateTariffAsync("Bad CSV");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("prefix,destination,pricePerMinute\n44,United Kingdom,0.03\n33,France,0,04\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "rates.csv");

        var problem = await (await _client.PostAsync($"/api/tariffs/{id}/rates.csv", form)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["line 3"]);
        (await (await _client.GetAsync($"/api/tariffs/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Number("rateCount").ShouldBe(2);
    }

    private async Task<string> CreateTariffAsync(string name)
    {
        var body = JsonNode.Parse($$"""
            { "name": "{{name}}", "currency": "EUR", "rates": [ { "prefix": "49", "destination": "Germany", "pricePerMinute": 0.02 },
              { "prefix": "4915", "destination": "Germany mobile", "pricePerMinute": 0.05, "connectionFee": 0.01 } ] }
            """);
        var created = await (await _client.PostJsonAsync("/api/tariffs", body)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.Text("id");
    }
}
