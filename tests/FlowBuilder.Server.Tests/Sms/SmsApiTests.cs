using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Messaging.Transport;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Sms;

public sealed class SmsApiTests : IAsyncLifetime
{
    private readonly SmsApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task PostMessage_SendsIt_201WithTheStoredMessage_AndGetShowsItsHistory()
    {
        var response = await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+44 7700 900123", ["text"] = "Hello from the API" });

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        created.Text("status").ShouldBe("sent");
        created.Text("to").ShouldBe("447700900123");
        created.Text("from").ShouldBe("Acme");
        created.Number("parts").ShouldBe(1);
        var id = created.Text("id");
        response.Headers.Location!.ToString().ShouldBe($"/api/sms/messages/{id}");
        _factory.Transport.Submitted.ShouldHaveSingleItem().Text.ShouldBe("Hello from the API");

        await _factory.Transport.ReceiptAsync("net-1", SmsDeliveryState.Delivered);

        var one = await (await _client.GetAsync($"/api/sms/messages/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        one.Text("status").ShouldBe("delivered");
        one["history"]!.AsArray().Select(h => h.Text("status")).ShouldBe(["queued", "sending", "sent", "delivered"]);
    }

    [Theory]
    [InlineData("""{ "text": "hi" }""", "$.to")]
    [InlineData("""{ "to": "call me", "text": "hi" }""", "$.to")]
    [InlineData("""{ "to": "+447700900123" }""", "$.text")]
    [InlineData("""{ "to": "+447700900123", "text": "hi", "from": "a very long sender name indeed" }""", "$.from")]
    public async Task PostMessage_BadInput_422NamingTheField(string body, string path)
    {
        var problem = await (await _client.PostTextAsync("/api/sms/messages", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Text("path").ShouldBe(path);
        _factory.Transport.Submitted.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostMessage_TextOver1600Characters_422()
    {
        var problem = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900123", ["text"] = new string('a', 1601) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Text("detail").ShouldContain("1601");
    }

    [Fact]
    public async Task ListMessages_FiltersByDirectionStatusAndRecipient()
    {
        await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900123", ["text"] = "one" });
        await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900456", ["text"] = "two" });
        await _factory.Transport.InboundAsync("+447700900123", "Acme", "thanks");

        var outbound = await (await _client.GetAsync("/api/sms/messages?direction=outbound&status=sent")).ShouldBeJsonAsync(HttpStatusCode.OK);
        outbound.Number("total").ShouldBe(2);
        outbound["items"]!.AsArray().Select(m => m.Text("text")).ShouldBe(["two", "one"]);
        var inbound = await (await _client.GetAsync("/api/sms/messages?direction=inbound")).ShouldBeJsonAsync(HttpStatusCode.OK);
        inbound["items"]!.AsArray().ShouldHaveSingleItem()!.Text("status").ShouldBe("received");
        var toOne = await (await _client.GetAsync("/api/sms/messages?to=%2B447700900456")).ShouldBeJsonAsync(HttpStatusCode.OK);
        toOne["items"]!.AsArray().ShouldHaveSingleItem()!.Text("text").ShouldBe("two");
        var paged = await (await _client.GetAsync("/api/sms/messages?take=1&skip=1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        (paged.Number("total"), paged["items"]!.AsArray().Count).ShouldBe((3, 1));
    }

    [Fact]
    public async Task ListMessages_UnknownStatus_400NamingIt()
    {
        var problem = await (await _client.GetAsync("/api/sms/messages?status=lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Text("path").ShouldBe("status");
        problem.Text("detail").ShouldContain("opted-out");
    }

    [Fact]
    public async Task GetMessage_Unknown_404()
    {
        await (await _client.GetAsync("/api/sms/messages/sms_nope")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OptOuts_PutListSendDelete()
    {
        (await _client.PutJsonAsync("/api/sms/opt-outs/+44 7700 900123", new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _client.PutJsonAsync("/api/sms/opt-outs/447700900123", new JsonObject())).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await (await _client.GetAsync("/api/sms/opt-outs")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var entry = list.AsArray().ShouldHaveSingleItem()!;
        (entry.Text("number"), entry.Text("source")).ShouldBe(("447700900123", "api"));

        var skipped = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900123", ["text"] = "promo" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        skipped.Text("status").ShouldBe("opted-out");
        _factory.Transport.Submitted.ShouldBeEmpty();

        (await _client.DeleteAsync("/api/sms/opt-outs/+447700900123")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _client.DeleteAsync("/api/sms/opt-outs/+447700900123")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await _client.GetAsync("/api/sms/opt-outs")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task PutOptOut_NotANumber_400()
    {
        var problem = await (await _client.PutJsonAsync("/api/sms/opt-outs/nobody", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Text("path").ShouldBe("number");
    }

    [Fact]
    public async Task InboundStop_ShowsOnTheOptOutList()
    {
        await _factory.Transport.InboundAsync("+447700900789", "Acme", "STOP");

        var entry = (await (await _client.GetAsync("/api/sms/opt-outs")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldHaveSingleItem()!;
        (entry.Text("number"), entry.Text("source")).ShouldBe(("447700900789", "STOP"));
    }

    [Fact]
    public async Task Status_ListsTheTransports()
    {
        var status = await (await _client.GetAsync("/api/sms/status")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var transport = status["transports"]!.AsArray().ShouldHaveSingleItem()!;
        (transport.Text("name"), transport.Text("state")).ShouldBe(("scripted", "ready"));
        status["error"].ShouldBeNull();
    }

    [Fact]
    public async Task KeywordFlow_PublishedOverTheApi_StartsOnInbound_AndASecondFlowWithTheKeywordIs409()
    {
        var flowId = TestFlows.NewId("join");
        await _client.CreateAndPublishAsync(KeywordFlow(flowId, "JOIN"));

        await _factory.Transport.InboundAsync("+447700900123", "Acme", "join");

        var inbound = (await (await _client.GetAsync("/api/sms/messages?direction=inbound")).ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().ShouldHaveSingleItem()!;
        var instanceId = inbound.Text("instanceId");
        var finished = await _factory.Engine.WhenSettledAsync(instanceId, s => s.Status == Engine.Runtime.InstanceStatus.Completed).WaitAsync(TimeSpan.FromSeconds(10));
        finished.Result.ShouldBe("447700900123 said join");

        var other = TestFlows.NewId("other");
        await _client.CreateAsync(KeywordFlow(other, "join"));
        var conflict = await (await _client.PostJsonAsync($"/api/flows/{other}/publish", new JsonObject())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        conflict.Text("ownerFlowId").ShouldBe(flowId);
    }

    private static JsonObject KeywordFlow(string id, string keyword) => JsonNode.Parse($$"""
        {
          "id": "{{id}}",
          "name": "Keyword {{id}}",
          "trigger": { "type": "sms", "keyword": "{{keyword}}" },
          "nodes": [ { "id": "end", "type": "control.end", "inputs": { "result": "js: trigger.from + ' said ' + trigger.text" } } ],
          "edges": []
        }
        """)!.AsObject();
}
