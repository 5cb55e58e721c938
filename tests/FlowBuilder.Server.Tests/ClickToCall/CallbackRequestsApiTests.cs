using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Tests.Infrastructure;
using static FlowBuilder.Server.Tests.ClickToCall.ClickToCallSteps;

namespace FlowBuilder.Server.Tests.ClickToCall;

public sealed class CallbackRequestsApiTests(ClickToCallApiFactory factory) : IClassFixture<ClickToCallApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task List_FilteredByFailedStatuses_ShowsEachLegWithItsCdr()
    {
        var campaign = await CampaignAsync(_client);
        var id = campaign.Text("id");
        var busy = await CallbackRequestSeed.FinishedAsync(factory, id, CallbackRequestStatus.FailedCallingClient);
        var unanswered = await CallbackRequestSeed.FinishedAsync(factory, id, CallbackRequestStatus.FailedCallingCompany);
        await CallbackRequestSeed.FinishedAsync(factory, id, CallbackRequestStatus.Completed);

        var page = await (await _client.GetAsync($"/api/click-to-call/requests?campaignId={id}&status=failedCallingClient,failedCallingCompany"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        page.Number("total").ShouldBe(2);
        var items = page["items"]!.AsArray();
        items.Select(i => i!.Text("id")).Order().ShouldBe(new[] { busy.Id, unanswered.Id }.Order());
        var failed = items.Single(i => i!.Text("id") == busy.Id)!;
        (failed.Text("status"), failed.Text("campaignName"), failed["direction"]!.Text("label")).ShouldBe(("failedCallingClient", "Shop banner", "Germany, Telekom"));
        failed["consent"]!.Text("sourceAddress").ShouldBe("203.0.113.5");
        var leg = failed["legs"]!.AsArray().Single()!;
        (leg.Text("side"), leg.Text("outcome"), leg.Number("sipStatus")).ShouldBe(("client", "busy", 486));
        (leg["cdr"]!.Text("callId"), leg["cdr"]!.Text("disposition")).ShouldBe(($"call-{busy.Id}-client", "busy"));
        items.Single(i => i!.Text("id") == unanswered.Id)!["legs"]!.AsArray().Select(l => l!.Text("side")).ShouldBe(["client", "company"]);
    }

    [Fact]
    public async Task List_BadStatusOrLimit_400NamingTheParameter()
    {
        var status = await (await _client.GetAsync("/api/click-to-call/requests?status=lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var limit = await (await _client.GetAsync("/api/click-to-call/requests?limit=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (status.Text("path"), limit.Text("path")).ShouldBe(("status", "limit"));
    }

    [Fact]
    public async Task Detail_UnknownRequest_404()
    {
        var problem = await (await _client.GetAsync("/api/click-to-call/requests/cb_nothing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Text("requestId").ShouldBe("cb_nothing");
    }

    [Fact]
    public async Task CallBack_FailedRequest_202WaitingCompanyFirst_AndAgain409()
    {
        var campaign = await CampaignAsync(_client);
        var failed = await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.FailedCallingClient);

        var queued = await (await _client.PostJsonAsync($"/api/click-to-call/requests/{failed.Id}/callback", new JsonObject { ["operator"] = "+4930555000" }))
            .ShouldBeJsonAsync(HttpStatusCode.Accepted);

        (queued.Text("status"), queued.Text("firstLeg"), queued.Text("source"), queued.Text("callbackOperator")).ShouldBe(("waiting", "company", "callback", "+4930555000"));
        var again = await (await _client.PostJsonAsync($"/api/click-to-call/requests/{failed.Id}/callback", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again.Text("detail").ShouldContain("only failed requests can be called back");
    }

    [Fact]
    public async Task CallBack_BadOperator_422()
    {
        var campaign = await CampaignAsync(_client);
        var failed = await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.FailedCallingCompany);

        var problem = await (await _client.PostJsonAsync($"/api/click-to-call/requests/{failed.Id}/callback", new JsonObject { ["operator"] = "ext:4242" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["operator"]);
    }

    [Fact]
    public async Task Cancel_Failed_200Cancelled_ThenCompleted409()
    {
        var campaign = await CampaignAsync(_client);
        var failed = await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.FailedCallingCompany);
        var completed = await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.Completed);

        var cancelled = await (await _client.PostAsync($"/api/click-to-call/requests/{failed.Id}/cancel", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        cancelled.Text("status").ShouldBe("cancelled");
        (await _client.PostAsync($"/api/click-to-call/requests/{completed.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Comments_Sale_201_ShownOnTheRequest_AndMissingAmount422()
    {
        var campaign = await CampaignAsync(_client);
        var request = await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.Completed);
        var url = $"/api/click-to-call/requests/{request.Id}/comments";

        var comment = await (await _client.PostJsonAsync(url, JsonNode.Parse("""{ "type": "sale", "text": "Bought", "fields": { "amount": 120.5 }, "author": "ann" }""")))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var missing = await (await _client.PostJsonAsync(url, JsonNode.Parse("""{ "type": "sale", "text": "No amount" }"""))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await _client.PostJsonAsync(url, JsonNode.Parse("""{ "type": "gossip", "text": "?" }"""))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var notAnObject = await (await _client.PostJsonAsync(url, JsonNode.Parse("""{ "type": "sale", "fields": [1] }"""))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        (comment.Text("type"), comment["fields"]!.Text("amount"), comment.Text("author")).ShouldBe(("sale", "120.5", "ann"));
        missing["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["fields.amount"]);
        unknown["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["type"]);
        notAnObject["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["fields"]);
        var detail = await (await _client.GetAsync($"/api/click-to-call/requests/{request.Id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        detail["comments"]!.AsArray().Single()!.Text("id").ShouldBe(comment.Text("id"));
        (await _client.PostJsonAsync("/api/click-to-call/requests/cb_nothing/comments", JsonNode.Parse("""{ "type": "note", "text": "x" }""")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_TextCsvWithTheHeaderAndARowPerRequest()
    {
        var campaign = await CampaignAsync(_client);
        var request = await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.FailedCallingClient);

        var response = await _client.GetAsync($"/api/click-to-call/requests.csv?campaignId={campaign.Text("id")}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').ShouldBe("id,campaign,created,client,direction,status,attempts,firstLeg,clientLegOutcome,clientCallId,clientAnsweredAt,companyLegOutcome,companyCallId,companyAnsweredBy,talkSeconds,price,currency,reason,comments");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith(request.Id + ",");
        lines[1].ShouldContain("FAILED CALLING CLIENT");
    }

    [Fact]
    public async Task Statistics_PeriodCompareChangeAndLive()
    {
        var campaign = await CampaignAsync(_client);
        var id = campaign.Text("id");
        await CallbackRequestSeed.FinishedAsync(factory, id, CallbackRequestStatus.Completed, price: 0.5m);
        await CallbackRequestSeed.FinishedAsync(factory, id, CallbackRequestStatus.FailedCallingClient);
        var now = factory.Clock.GetUtcNow();
        var from = Uri.EscapeDataString(now.AddDays(-1).ToString("O"));
        var to = Uri.EscapeDataString(now.AddDays(1).ToString("O"));
        var compareFrom = Uri.EscapeDataString(now.AddDays(-30).ToString("O"));
        var compareTo = Uri.EscapeDataString(now.AddDays(-29).ToString("O"));

        var statistics = await (await _client.GetAsync($"/api/click-to-call/statistics?campaignId={id}&from={from}&to={to}&compareFrom={compareFrom}&compareTo={compareTo}&bucket=hour"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var period = statistics["period"]!;
        (period.Number("total"), period.Number("completed"), period.Number("failedCallingClient")).ShouldBe((2, 1, 1));
        period["revenue"]!.GetValue<decimal>().ShouldBe(0.5m);
        statistics["compare"]!.Number("total").ShouldBe(0);
        (statistics["change"]!.Number("total"), statistics["change"]!.Number("completed")).ShouldBe((2, 1));
        statistics["live"]!.ToJsonString().ShouldBe("""{"waiting":0,"calling":0}""");
        statistics["series"]!.AsArray().Count.ShouldBe(48);
        statistics["directions"]!.AsArray().Single()!.Number("total").ShouldBe(2);
        (await _client.GetAsync("/api/click-to-call/statistics?bucket=week")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task InvoicePdf_IsAPdf_AndAnEmptyPeriod422()
    {
        var campaign = await CampaignAsync(_client);
        await CallbackRequestSeed.FinishedAsync(factory, campaign.Text("id"), CallbackRequestStatus.Completed, price: 0.5m);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        var response = await _client.GetAsync($"/api/click-to-call/invoice.pdf?from={today:yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        var backwards = await (await _client.GetAsync($"/api/click-to-call/invoice.pdf?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        backwards["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["to"]);
    }
}
