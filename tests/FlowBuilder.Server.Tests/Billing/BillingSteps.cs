using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Billing;

internal static class BillingSteps
{
    /// <summary>Creates a tariff (Germany 0.02/min, Germany mobile 0.05/min) with the given action prices and minimum; returns its id.</summary>
    public static async Task<string> CreateTariffAsync(this HttpClient client, string name, decimal minimumPayment = 0m, JsonArray? metricPrices = null)
    {
        var body = JsonNode.Parse($$"""
            { "name": "{{name}}", "currency": "EUR", "rates": [ { "prefix": "49", "destination": "Germany", "pricePerMinute": 0.02 },
              { "prefix": "4915", "destination": "Germany mobile", "pricePerMinute": 0.05 } ] }
            """)!;
        body["minimumPayment"] = minimumPayment;
        body["metricPrices"] = metricPrices ?? new JsonArray(new JsonObject { ["metric"] = "sms.sent", ["unitPrice"] = 0.08m });
        return (await (await client.PostJsonAsync("/api/tariffs", body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Text("id");
    }

    public static Task<HttpResponseMessage> TopUpAsync(this HttpClient client, decimal amount, string reference, string? note = null, string company = "default") =>
        client.PostJsonAsync($"/api/system/companies/{company}/top-ups", new JsonObject { ["amount"] = amount, ["reference"] = reference, ["note"] = note });

    public static decimal Money(this JsonNode? node, string property) => node![property]!.GetValue<decimal>();
}
