using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Data.Notifications;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Http;
using FlowBuilder.Server.Notifications;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>Event notifications end to end: the real server, a real subscriber on loopback, signatures checked.</summary>
public sealed class NotificationDeliveryTests : IClassFixture<NotificationsApiFactory>, IAsyncLifetime
{
    private readonly NotificationsApiFactory _factory;
    private readonly HttpClient _client;
    private NotificationReceiver _receiver = null!;

    public NotificationDeliveryTests(NotificationsApiFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    public async Task InitializeAsync() => _receiver = await NotificationReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task FlowRunsToCompletion_SubscriberGetsOneSignedFlowCompleted()
    {
        await _client.SubscribeAsync(_receiver, EventTypes.FlowCompleted);
        var flowId = TestFlows.NewId("notify-greeter");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(flowId));
        var run = await _client.RunAsync(flowId, new JsonObject { ["input"] = new JsonObject { ["name"] = "Ada" }, ["wait"] = true });
        var instanceId = run.Text("id");

        var received = await _receiver.WaitForAsync(r => r.Any(n => n.Body["data"]?["instanceId"]?.GetValue<string>() == instanceId), NotificationSteps.Within);

        var ours = received.Where(n => n.Body["data"]?["instanceId"]?.GetValue<string>() == instanceId).ToList();
        ours.Count.ShouldBe(1);
        var notification = ours[0];
        notification.Signature.ShouldBe(SignatureCheck.Valid);
        notification.EventType.ShouldBe(EventTypes.FlowCompleted);
        notification.Attempt.ShouldBe(1);
        notification.EventId.ShouldStartWith("evt_");
        notification.Body.Text("id").ShouldBe(notification.EventId);
        notification.Body.Text("type").ShouldBe(EventTypes.FlowCompleted);
        notification.Body.Text("companyId").ShouldBe("default");
        notification.Body["occurredAt"].ShouldNotBeNull();
        var data = notification.Body["data"]!;
        data.Text("flowId").ShouldBe(flowId);
        data.Number("version").ShouldBe(1);
        data.Text("status").ShouldBe("completed");
        data["result"]!.Text("greeting").ShouldBe("Hello Ada");
    }

    [Fact]
    public async Task FlowFaults_SubscriberGetsFlowFaultedWithTheFault()
    {
        await _client.SubscribeAsync(_receiver, EventTypes.FlowFaulted);
        var flowId = TestFlows.NewId("notify-faulty");
        await _client.CreateAndPublishAsync(Faulty(flowId));
        var run = await _client.RunAsync(flowId, new JsonObject { ["wait"] = true });
        var instanceId = run.Text("id");

        var received = await _receiver.WaitForAsync(r => r.Any(n => n.Body["data"]?["instanceId"]?.GetValue<string>() == instanceId), NotificationSteps.Within);

        var notification = received.Single(n => n.Body["data"]?["instanceId"]?.GetValue<string>() == instanceId);
        notification.EventType.ShouldBe(EventTypes.FlowFaulted);
        notification.Body["data"]!.Text("status").ShouldBe("faulted");
        notification.Body["data"]!["fault"]!.Text("nodeId").ShouldBe("end");
        notification.Body["data"]!["fault"]!.Text("message").ShouldContain("boom");
    }

    [Fact]
    public async Task SubscriberFailsTwiceThenAnswers200_DeliveredOnAttemptThree_LogShowsThreeAttempts()
    {
        _receiver.Answer = (_, before) => before < 2 ? 500 : 200;
        var subscriptionId = await _client.SubscribeAsync(_receiver, SubscriptionRules.AllEvents);
        var ping = await (await _client.PostAsync($"/api/subscriptions/{subscriptionId}/test", null)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var eventId = ping.Text("eventId");

        var received = await _receiver.WaitForAsync(r => r.Any(n => n.EventId == eventId && n.AnsweredWith == 200), NotificationSteps.Within);
        var delivery = await _factory.Services.WaitForDeliveryAsync(_client, ping.Text("deliveryId"), DeliveryStatuses.Delivered);

        received.Where(n => n.EventId == eventId).Select(n => n.Attempt).ShouldBe([1, 2, 3]);
        received.Where(n => n.EventId == eventId).ShouldAllBe(n => n.Signature == SignatureCheck.Valid && n.EventType == SubscriptionEndpoints.PingType);
        delivery.Number("attempts").ShouldBe(3);
        delivery.Number("lastStatusCode").ShouldBe(200);
        var log = delivery["log"]!.AsArray();
        log.Select(l => l!.Number("attempt")).ShouldBe([1, 2, 3]);
        log.Select(l => l!.Number("statusCode")).ShouldBe([500, 500, 200]);
        log[0]!.Text("error").ShouldContain("500");
        log.ShouldAllBe(l => l!.Text("kind") == "attempt");
    }

    [Fact]
    public async Task SubscriberAlwaysFails_DeadAfterMaxAttempts_RedeliverThenDelivered()
    {
        var failing = true;
        _receiver.Answer = (_, _) => Volatile.Read(ref failing) ? 500 : 204;
        var subscriptionId = await _client.SubscribeAsync(_receiver, SubscriptionRules.AllEvents);
        var ping = await (await _client.PostAsync($"/api/subscriptions/{subscriptionId}/test", null)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var deliveryId = ping.Text("deliveryId");

        var dead = await _factory.Services.WaitForDeliveryAsync(_client, deliveryId, DeliveryStatuses.Dead);
        dead.Number("attempts").ShouldBe(NotificationsApiFactory.MaxAttempts);
        _receiver.Received.Count(n => n.EventId == ping.Text("eventId")).ShouldBe(NotificationsApiFactory.MaxAttempts);
        var deadLetters = await (await _client.GetAsync($"/api/deliveries?status=dead&take=500")).ShouldBeJsonAsync(HttpStatusCode.OK);
        deadLetters["items"]!.AsArray().Select(d => d!.Text("id")).ShouldContain(deliveryId);
        var perSubscription = await (await _client.GetAsync($"/api/subscriptions/{subscriptionId}/deliveries?status=dead")).ShouldBeJsonAsync(HttpStatusCode.OK);
        perSubscription["items"]!.AsArray().Select(d => d!.Text("id")).ShouldContain(deliveryId);
        perSubscription["items"]!.AsArray().ShouldAllBe(d => d!.Text("status") == DeliveryStatuses.Dead && d!.Text("subscriptionId") == subscriptionId);

        Volatile.Write(ref failing, false);
        var redeliver = await (await _client.PostAsync($"/api/deliveries/{deliveryId}/redeliver", null)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        redeliver.Text("status").ShouldBe(DeliveryStatuses.Pending);
        redeliver.Number("attempts").ShouldBe(0);
        var delivered = await _factory.Services.WaitForDeliveryAsync(_client, deliveryId, DeliveryStatuses.Delivered);

        delivered.Number("attempts").ShouldBe(1);
        var log = delivered["log"]!.AsArray().Select(l => $"{l!.Text("kind")}:{l!.Number("attempt")}:{l!["statusCode"]}").ToList();
        log.ShouldBe(["attempt:1:500", "attempt:2:500", "attempt:3:500", "redeliver:0:", "attempt:1:204"]);
        var again = await (await _client.PostAsync($"/api/deliveries/{deliveryId}/redeliver", null)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        again.Text("status").ShouldBe(DeliveryStatuses.Pending);
    }

    [Fact]
    public async Task EventTypesNotSubscribed_AreNotSent()
    {
        var callsOnly = await _client.SubscribeAsync(_receiver, EventTypes.CallEnded);
        await using var other = await NotificationReceiver.StartAsync();
        await _client.SubscribeAsync(other, EventTypes.FlowCompleted);
        var flowId = TestFlows.NewId("notify-unsubscribed");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(flowId));
        var instanceId = (await _client.RunAsync(flowId, new JsonObject { ["input"] = new JsonObject { ["name"] = "Bo" }, ["wait"] = true })).Text("id");

        // The event's deliveries are written in one transaction, so once the other subscriber has it, ours would exist too.
        await other.WaitForAsync(r => r.Any(n => n.Body["data"]?["instanceId"]?.GetValue<string>() == instanceId), NotificationSteps.Within);

        var ours = await (await _client.GetAsync($"/api/subscriptions/{callsOnly}/deliveries")).ShouldBeJsonAsync(HttpStatusCode.OK);
        ours.Number("total").ShouldBe(0);
        _receiver.Received.ShouldNotContain(n => n.EventType == EventTypes.FlowCompleted);
    }

    [Fact]
    public async Task CallLegEnds_SubscriberGetsCallEndedWithTheCdr()
    {
        await _client.SubscribeAsync(_receiver, EventTypes.CallEnded);
        var callId = "simulator-" + Guid.NewGuid().ToString("N");
        var started = DateTimeOffset.UtcNow.AddSeconds(-30);
        var cdrs = _factory.Services.GetRequiredService<ICallRecordStore>();
        await cdrs.AddAsync(new CallDetailRecord(callId, "simulator", CallDirection.Inbound, "+4930111", "+4930222", started, started.AddSeconds(2), started.AddSeconds(20),
            CallDisposition.Answered, HangUpCause.Normal, CompanyId: "default", FlowId: "ivr"), CancellationToken.None);

        var received = await _receiver.WaitForAsync(r => r.Any(n => n.Body["data"]?["callId"]?.GetValue<string>() == callId), NotificationSteps.Within);

        var notification = received.Single(n => n.Body["data"]?["callId"]?.GetValue<string>() == callId);
        notification.EventType.ShouldBe(EventTypes.CallEnded);
        notification.Signature.ShouldBe(SignatureCheck.Valid);
        var data = notification.Body["data"]!;
        data.Text("from").ShouldBe("+4930111");
        data.Text("direction").ShouldBe("inbound");
        data.Number("billableSeconds").ShouldBe(18);
        data.Text("flowId").ShouldBe("ivr");
        (await cdrs.FindAsync(callId, CancellationToken.None)).ShouldNotBeNull("the CDR is still stored");
    }

    [Fact]
    public async Task SimulatedCallRunsAFlow_SubscriberGetsCallStartedAnsweredAndEnded()
    {
        await _client.SubscribeAsync(_receiver, EventTypes.CallStarted, EventTypes.CallAnswered, EventTypes.CallEnded);
        var flowId = TestFlows.NewId("notify-call");
        await _client.CreateAndPublishAsync(JsonNode.Parse($$"""
            {
              "id": "{{flowId}}",
              "name": "Answer and end",
              "nodes": [ { "id": "answer", "type": "telephony.answer" }, { "id": "end", "type": "control.end" } ],
              "edges": [ { "from": "answer", "outcome": "done", "to": "end" } ]
            }
            """)!.AsObject());
        var rung = await (await _client.PostJsonAsync("/api/simulator/calls", new JsonObject { ["flowId"] = flowId, ["from"] = "+15551234" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var callId = rung.Text("callId");

        var received = await _receiver.WaitForAsync(
            r => r.Count(n => n.Body["data"]?["callId"]?.GetValue<string>() == callId) == 3, NotificationSteps.Within);

        var ours = received.Where(n => n.Body["data"]?["callId"]?.GetValue<string>() == callId).ToList();
        ours.Select(n => n.EventType).OrderBy(t => t).ShouldBe([EventTypes.CallAnswered, EventTypes.CallEnded, EventTypes.CallStarted]);
        ours.ShouldAllBe(n => n.Signature == SignatureCheck.Valid && n.Body["data"]!["flowId"]!.GetValue<string>() == flowId);
        ours.Single(n => n.EventType == EventTypes.CallStarted).Body["data"]!.Text("from").ShouldBe("+15551234");
        ours.Single(n => n.EventType == EventTypes.CallAnswered).Body["data"]!["answeredAt"].ShouldNotBeNull();
    }

    [Fact]
    public async Task RotatedSecret_SignsLaterDeliveries_OldSecretNoLongerMatches()
    {
        var subscriptionId = await _client.SubscribeAsync(_receiver, EventTypes.FlowCompleted);
        var oldSecret = _receiver.Secret;
        var rotated = await (await _client.PostAsync($"/api/subscriptions/{subscriptionId}/rotate-secret", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        rotated.Text("secret").ShouldStartWith("whsec_");
        rotated.Text("secret").ShouldNotBe(oldSecret);
        _receiver.Secret = oldSecret;

        var ping = await (await _client.PostAsync($"/api/subscriptions/{subscriptionId}/test", null)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var received = await _receiver.WaitForAsync(r => r.Any(n => n.EventId == ping.Text("eventId")), NotificationSteps.Within);

        var notification = received.Single(n => n.EventId == ping.Text("eventId"));
        notification.Signature.ShouldBe(SignatureCheck.Mismatch);
        WebhookSignature.Verify(notification.SignatureHeader, rotated.Text("secret"), notification.RawBody, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5))
            .ShouldBe(SignatureCheck.Valid);
        notification.Body.Text("type").ShouldBe(SubscriptionEndpoints.PingType);
    }

    [Fact]
    public async Task InactiveSubscription_GetsNoEvents()
    {
        var subscriptionId = await _client.SubscribeAsync(_receiver, EventTypes.FlowCompleted);
        var patched = await (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/subscriptions/{subscriptionId}")
        {
            Content = new StringContent("""{ "active": false }""", System.Text.Encoding.UTF8, "application/json"),
        })).ShouldBeJsonAsync(HttpStatusCode.OK);
        patched["active"]!.GetValue<bool>().ShouldBeFalse();
        await using var other = await NotificationReceiver.StartAsync();
        await _client.SubscribeAsync(other, EventTypes.FlowCompleted);
        var flowId = TestFlows.NewId("notify-inactive");
        await _client.CreateAndPublishAsync(TestFlows.Greeter(flowId));
        var instanceId = (await _client.RunAsync(flowId, new JsonObject { ["input"] = new JsonObject { ["name"] = "Cy" }, ["wait"] = true })).Text("id");

        await other.WaitForAsync(r => r.Any(n => n.Body["data"]?["instanceId"]?.GetValue<string>() == instanceId), NotificationSteps.Within);

        var ours = await (await _client.GetAsync($"/api/subscriptions/{subscriptionId}/deliveries")).ShouldBeJsonAsync(HttpStatusCode.OK);
        ours.Number("total").ShouldBe(0);
    }

    private static JsonObject Faulty(string id) => JsonNode.Parse($$"""
        {
          "id": "{{id}}",
          "name": "Faulty {{id}}",
          "nodes": [ { "id": "end", "type": "control.end", "inputs": { "result": "js: (function () { throw new Error('boom'); })()" } } ],
          "edges": []
        }
        """)!.AsObject();

    [Fact]
    public async Task PublishMany_DeliversEverySubscribedEventOnce_AndSkipsTheOthers()
    {
        await _client.SubscribeAsync(_receiver, EventTypes.SmsDelivered);
        var publisher = _factory.Services.GetRequiredService<IEventPublisher>();
        var now = DateTimeOffset.UtcNow;
        var wanted = Enumerable.Range(0, 5).Select(i => PlatformEvent.Create(EventTypes.SmsDelivered, "default", now, new Dictionary<string, object?> { ["n"] = i })).ToList();
        var unwanted = PlatformEvent.Create(EventTypes.SmsFailed, "default", now, null);

        await publisher.PublishManyAsync([wanted[0], unwanted, .. wanted[1..]]);

        var wantedIds = wanted.Select(e => e.Id).ToHashSet();
        var received = await _receiver.WaitForAsync(r => wantedIds.All(id => r.Any(n => n.EventId == id)), NotificationSteps.Within);
        received.Select(n => n.EventId ?? "").Where(wantedIds.Contains).ShouldBe(wantedIds, ignoreOrder: true);
        received.ShouldNotContain(n => n.EventId == unwanted.Id);
    }
}
