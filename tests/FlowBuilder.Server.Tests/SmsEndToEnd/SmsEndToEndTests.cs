using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Messaging.Transport;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing.Messaging;

namespace FlowBuilder.Server.Tests.SmsEndToEnd;

/// <summary>The whole SMS chain as a user runs it: the server configured with FlowBuilder:Sms:Smpp:* and SQLite, the
/// SMPP client bound to the real Net::SMPP SMSC simulator (tests/peers/smpp/smsc_sim.pl), driven over the API, webhooks
/// and keyword triggers. The simulator sends each receipt right after its submit_sm_resp, so receipts regularly reach
/// the service before the submit result is stored.</summary>
public sealed class SmsEndToEndTests : IAsyncLifetime
{
    private SmscSimulator? _smsc;
    private SmppServerFactory _server = null!;
    private SmsChanges _changes = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _changes?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (_smsc is not null) await _smsc.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_GoesSentThenDelivered_ByTheSimulatorsReceipt_AndGetShowsHistoryAndPartIds()
    {
        await StartBoundAsync();

        var created = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+44 7700 900123", ["text"] = "Hello over SMPP" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.Text("id");
        await _changes.WaitForAsync(id, SmsStatus.Delivered);

        var one = await (await _client.GetAsync($"/api/sms/messages/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        one.Text("status").ShouldBe("delivered");
        one["history"]!.AsArray().Select(h => h.Text("status")).ShouldBe(["queued", "sending", "sent", "delivered"]);
        var part = one["networkParts"]!.AsArray().ShouldHaveSingleItem()!;
        part.Text("state").ShouldBe("delivered");
        var submit = (await _smsc!.WaitForLinesAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal), 1)).ShouldHaveSingleItem();
        submit.ShouldContain("to=447700900123");
        submit.ShouldContain("reg_dlr=1");
        submit.ShouldEndWith($"-> id={part.Text("networkId")}");
        _smsc.Lines.ShouldContain(l => l.Contains($"bind_transceiver system_id={SmppServerFactory.SystemId} password={SmppServerFactory.Password}", StringComparison.Ordinal));
        var transport = (await (await _client.GetAsync("/api/sms/status")).ShouldBeJsonAsync(HttpStatusCode.OK))["transports"]!.AsArray().ShouldHaveSingleItem()!;
        (transport.Text("name"), transport.Text("state")).ShouldBe(("smpp", "ready"));
        (transport["counters"].Number("submitted"), transport["counters"].Number("accepted"), transport["counters"].Number("receipts")).ShouldBe((1, 1, 1));
    }

    [Theory]
    [InlineData("Acme", "from=Acme", "src_ton=5 src_npi=0")]
    [InlineData("+44 7700 900000", "from=447700900000", "src_ton=1 src_npi=1")]
    [InlineData(null, "from=12345", "src_ton=1 src_npi=1")]
    public async Task Sender_GoesAsTheSmscExpects_AlphanumericAsTon5_NumbersAsDigits(string? from, string source, string addressing)
    {
        await StartBoundAsync();

        var created = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900124", ["text"] = "who is this", ["from"] = from }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await _changes.WaitForAsync(created.Text("id"), SmsStatus.Delivered);

        var submit = await _smsc!.WaitForLineAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal));
        submit.ShouldContain($" {source} to=447700900124 ");
        submit.ShouldContain(addressing);
    }

    [Fact]
    public async Task NumberStarting999_EndsFailed_WithTheReceiptsError()
    {
        await StartBoundAsync();

        var created = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+999 1234567", ["text"] = "nobody home" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.Text("id");
        await _changes.WaitForAsync(id, SmsStatus.Failed);

        var one = await (await _client.GetAsync($"/api/sms/messages/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        one.Text("status").ShouldBe("failed");
        one.Text("error").ShouldContain("undeliverable");
        one.Text("error").ShouldContain("001");
        one["history"]!.AsArray().Select(h => h.Text("status")).ShouldBe(["queued", "sending", "sent", "failed"]);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0)]
    public async Task WebhookFlow_SendSmsWaitingForDelivery_CompletesAlongDelivered(double dlrDelaySeconds)
    {
        await StartBoundAsync(dlrDelaySeconds);
        var flowId = TestFlows.NewId("notify");
        var path = $"notify/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(SendFlow(flowId, path, waitForDelivery: true));

        var accepted = await (await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["phone"] = "+447700900555", ["text"] = "Your order shipped" }))
            .ShouldBeJsonAsync(HttpStatusCode.Accepted);

        var settled = await _server.Engine.WhenSettledAsync(accepted.Text("instanceId"), s => s.Status.IsFinished()).WaitAsync(SmscSimulator.WaitLimit);
        settled.Status.ShouldBe(InstanceStatus.Completed);
        settled.Result.ShouldBe("delivered");
        var sent = (await (await _client.GetAsync("/api/sms/messages?direction=outbound")).ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().ShouldHaveSingleItem()!;
        (sent.Text("status"), sent.Text("instanceId"), sent.Text("text")).ShouldBe(("delivered", accepted.Text("instanceId"), "Your order shipped"));
    }

    [Theory]
    [InlineData("gsm7", 3, 0)]
    [InlineData("ucs2", 2, 8)]
    public async Task LongMessage_IsDelivered_OnceEveryPartsReceiptArrived(string encoding, int parts, int dataCoding)
    {
        await StartBoundAsync();
        var text = encoding == "gsm7"
            ? string.Concat(Enumerable.Range(0, 40).Select(i => $"line {i:00}. ")).TrimEnd()
            : string.Concat(Enumerable.Repeat("Привет, как дела? ", 6)).TrimEnd();

        var created = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900321", ["text"] = text }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.Text("id");
        var delivered = await _changes.WaitForAsync(id, SmsStatus.Delivered);

        delivered.Parts.Count.ShouldBe(parts);
        delivered.Parts.ShouldAllBe(p => p.State == "delivered");
        var submits = await _smsc!.WaitForLinesAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal), parts);
        submits.Count.ShouldBe(parts);
        submits.ShouldAllBe(l => l.Contains($" dcs={dataCoding} ", StringComparison.Ordinal) && l.Contains(" esm=64 ", StringComparison.Ordinal));
        (await _smsc.WaitForLinesAsync(l => l.Contains("DLR deliver_sm", StringComparison.Ordinal), parts)).Count.ShouldBe(parts);
        // Delivered only with the last receipt: every change before it shows fewer delivered parts.
        _changes.Seen.Where(m => m.Id == id && m.Status != SmsStatus.Delivered)
            .ShouldAllBe(m => m.Parts.Count(p => p.State == "delivered") < parts);
        var one = await (await _client.GetAsync($"/api/sms/messages/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        (one.Text("status"), one.Text("encoding"), one.Number("parts")).ShouldBe(("delivered", encoding, parts));
    }

    [Fact]
    public async Task InboundStop_PutsTheSenderOnTheOptOutList_AndALaterSendSmsTakesOptedOutWithoutASubmit()
    {
        await StartServerWithoutSmscAsync();
        var flowId = TestFlows.NewId("promo");
        var path = $"promo/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(SendFlow(flowId, path, waitForDelivery: false));
        var bound = _server.WaitForBindAsync(SmsTransportState.Ready);

        _smsc = await SmscSimulator.StartAsync(_server.Port, mo: "5551234:12345:STOP");
        await bound;
        await _changes.WaitForAsync(m => m.Direction == SmsDirection.Inbound && m.From == "5551234");

        var optOut = (await (await _client.GetAsync("/api/sms/opt-outs")).ShouldBeJsonAsync(HttpStatusCode.OK)).AsArray().ShouldHaveSingleItem()!;
        (optOut.Text("number"), optOut.Text("source")).ShouldBe(("5551234", "STOP"));

        var accepted = await (await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["phone"] = "5551234", ["text"] = "50% off today" }))
            .ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var settled = await _server.Engine.WhenSettledAsync(accepted.Text("instanceId"), s => s.Status.IsFinished()).WaitAsync(SmscSimulator.WaitLimit);
        settled.Result.ShouldBe("opted-out");
        var skipped = (await (await _client.GetAsync("/api/sms/messages?direction=outbound")).ShouldBeJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().ShouldHaveSingleItem()!;
        skipped.Text("status").ShouldBe("opted-out");

        // A control message sent after it proves the bind still works; the simulator printed no submit for 5551234.
        var control = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900999", ["text"] = "control" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await _changes.WaitForAsync(control.Text("id"), SmsStatus.Delivered);
        _smsc.Lines.Where(l => l.Contains("submit_sm seq=", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain("to=447700900999");
    }

    [Fact]
    public async Task InboundKeyword_StartsTheFlowWhoseTriggerHasIt_WithTheTriggerPayload()
    {
        await StartServerWithoutSmscAsync();
        var flowId = TestFlows.NewId("join");
        await _client.CreateAndPublishAsync(JsonNode.Parse($$"""
            {
              "id": "{{flowId}}",
              "name": "Join {{flowId}}",
              "trigger": { "type": "sms", "keyword": "JOIN" },
              "nodes": [ { "id": "end", "type": "control.end", "inputs": { "result": "js: trigger.from + '|' + trigger.to + '|' + trigger.keyword + '|' + trigger.text" } } ],
              "edges": []
            }
            """)!.AsObject());
        var bound = _server.WaitForBindAsync(SmsTransportState.Ready);

        _smsc = await SmscSimulator.StartAsync(_server.Port, mo: "5551234:12345:JOIN hello");
        await bound;
        var inbound = await _changes.WaitForAsync(m => m.Direction == SmsDirection.Inbound && m.InstanceId is not null);

        var settled = await _server.Engine.WhenSettledAsync(inbound.InstanceId!, s => s.Status.IsFinished()).WaitAsync(SmscSimulator.WaitLimit);
        settled.Status.ShouldBe(InstanceStatus.Completed);
        settled.Result.ShouldBe("5551234|12345|JOIN|JOIN hello");
        var instance = await (await _client.GetAsync($"/api/instances/{inbound.InstanceId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        instance.Text("flowId").ShouldBe(flowId);
        (await _smsc.WaitForLineAsync(l => l.Contains("deliver_sm_resp", StringComparison.Ordinal))).ShouldContain("status=0");
    }

    [Fact]
    public async Task SmscVanishes_MessageWaitsAsRetrying_ThenGoesOutAndIsDeliveredWhenItIsBack()
    {
        await StartBoundAsync(retryDelay: LongRetryDelay);
        var lost = _server.WaitForBindAsync(SmsTransportState.Reconnecting);
        await _smsc!.DisposeAsync();
        _smsc = null;
        await lost;
        var down = (await (await _client.GetAsync("/api/sms/status")).ShouldBeJsonAsync(HttpStatusCode.OK))["transports"]!.AsArray().ShouldHaveSingleItem()!;
        down.Text("state").ShouldBe("reconnecting");

        var created = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900777", ["text"] = "are you there?" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.Text("id");
        created.Text("status").ShouldBe("retrying");
        created.Text("error").ShouldContain("smpp");
        var waiting = await (await _client.GetAsync($"/api/sms/messages/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        waiting["nextAttemptAt"].ShouldNotBeNull();
        var retrying = await (await _client.GetAsync("/api/sms/messages?status=retrying")).ShouldBeJsonAsync(HttpStatusCode.OK);
        retrying["items"]!.AsArray().ShouldHaveSingleItem()!.Text("id").ShouldBe(id);

        var bound = _server.WaitForBindAsync(SmsTransportState.Ready);
        _smsc = await SmscSimulator.StartAsync(_server.Port);
        await bound;
        await _changes.WaitForAsync(id, SmsStatus.Delivered);

        var one = await (await _client.GetAsync($"/api/sms/messages/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        one.Text("status").ShouldBe("delivered");
        one["history"]!.AsArray().Select(h => h.Text("status")).ShouldContain("retrying");
        (await _smsc.WaitForLineAsync(l => l.Contains("submit_sm seq=", StringComparison.Ordinal))).ShouldContain("to=447700900777");
    }

    [Fact]
    public async Task SmscBack_RetryingMessagesGoOutAtOnce_NotAfterTheirBackoff()
    {
        await StartServerWithoutSmscAsync(LongRetryDelay);

        var created = await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = "+447700900778", ["text"] = "sent while the SMSC is down" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        created.Text("status").ShouldBe("retrying");
        _smsc = await SmscSimulator.StartAsync(_server.Port);

        // The backoff says ten minutes; the bind coming back must not leave the message waiting for it.
        await _changes.WaitForAsync(created.Text("id"), SmsStatus.Delivered);
    }

    [Fact]
    public async Task SendSmsWaitingForDelivery_WhileTheSmscIsDown_ResumesAlongDeliveredOnceItIsBack()
    {
        await StartServerWithoutSmscAsync(LongRetryDelay);
        var flowId = TestFlows.NewId("patient");
        var path = $"patient/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(SendFlow(flowId, path, waitForDelivery: true));

        var accepted = await (await _client.PostJsonAsync($"/hooks/{path}", new JsonObject { ["phone"] = "+447700900556", ["text"] = "when you can" }))
            .ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var instanceId = accepted.Text("instanceId");
        await _changes.WaitForAsync(m => m.InstanceId == instanceId && m.Status == SmsStatus.Retrying);
        var retrying = await (await _client.GetAsync("/api/sms/messages?status=retrying")).ShouldBeJsonAsync(HttpStatusCode.OK);
        retrying["items"]!.AsArray().ShouldHaveSingleItem()!.Text("instanceId").ShouldBe(instanceId);

        _smsc = await SmscSimulator.StartAsync(_server.Port);

        var settled = await _server.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(SmscSimulator.WaitLimit);
        settled.Result.ShouldBe("delivered");
    }

    [Fact]
    public async Task ManyMessages_WithReceiptsRightBehindTheirSubmitResponses_AreAllDelivered()
    {
        await StartBoundAsync(dlrDelaySeconds: 0);
        var recipients = Enumerable.Range(0, 20).Select(i => $"+4477009{i:00000}").ToList();

        var sends = recipients.Select(async to => await (await _client.PostJsonAsync("/api/sms/messages", new JsonObject { ["to"] = to, ["text"] = "race " + to }))
            .ShouldBeJsonAsync(HttpStatusCode.Created));
        var ids = (await Task.WhenAll(sends)).Select(m => m.Text("id")).ToList();

        foreach (var id in ids) await _changes.WaitForAsync(id, SmsStatus.Delivered);
        (await _smsc!.WaitForLinesAsync(l => l.Contains("DLR deliver_sm", StringComparison.Ordinal), ids.Count)).Count.ShouldBe(ids.Count);
        var delivered = await (await _client.GetAsync("/api/sms/messages?status=delivered&take=50")).ShouldBeJsonAsync(HttpStatusCode.OK);
        delivered.Number("total").ShouldBe(ids.Count);
    }

    /// <summary>A retry delay no test outlives: a message seen retrying stays retrying (no attempt flips it to sending).</summary>
    private static readonly TimeSpan LongRetryDelay = TimeSpan.FromMinutes(10);

    private async Task StartBoundAsync(double dlrDelaySeconds = 0.05, TimeSpan? retryDelay = null)
    {
        _smsc = await SmscSimulator.StartAsync(dlrDelaySeconds: dlrDelaySeconds);
        _server = new SmppServerFactory(_smsc.Port, retryDelay);
        _client = _server.CreateClient();
        _changes = new SmsChanges(_server.Sms);
        await _server.WaitForBindAsync(SmsTransportState.Ready);
    }

    /// <summary>The server with nothing on its SMPP port yet: the bind keeps retrying until a test starts the simulator.</summary>
    private Task StartServerWithoutSmscAsync(TimeSpan? retryDelay = null)
    {
        _server = new SmppServerFactory(SmscSimulator.FreePort(), retryDelay);
        _client = _server.CreateClient();
        _changes = new SmsChanges(_server.Sms);
        return Task.CompletedTask;
    }

    /// <summary>Webhook → Send SMS to trigger.phone → an end node per outcome whose result names it.</summary>
    private static JsonObject SendFlow(string id, string path, bool waitForDelivery)
    {
        string[] outcomes = ["sent", "delivered", "failed", "opted-out", "timeout"];
        var nodes = new JsonArray
        {
            new JsonObject
            {
                ["id"] = "send",
                ["type"] = "messaging.send-sms",
                ["inputs"] = new JsonObject
                {
                    ["to"] = "js: trigger.phone",
                    ["body"] = "js: trigger.text",
                    ["waitForDelivery"] = waitForDelivery,
                    ["deliveryTimeoutSeconds"] = 30,
                },
            },
        };
        var edges = new JsonArray();
        foreach (var outcome in outcomes)
        {
            nodes.Add(new JsonObject { ["id"] = "end-" + outcome, ["type"] = "control.end", ["inputs"] = new JsonObject { ["result"] = outcome } });
            edges.Add(new JsonObject { ["from"] = "send", ["outcome"] = outcome, ["to"] = "end-" + outcome });
        }
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = "Send " + id,
            ["trigger"] = new JsonObject { ["type"] = "webhook", ["path"] = path },
            ["nodes"] = nodes,
            ["edges"] = edges,
        };
    }
}
