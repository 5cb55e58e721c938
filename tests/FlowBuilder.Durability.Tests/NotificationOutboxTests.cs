using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Durability.Tests;

/// <summary>
/// An event published while its subscriber is down waits in the outbox; the server is killed with SIGKILL, the
/// subscriber and the server start again over the same SQLite file, and the event arrives, signed, exactly once.
/// </summary>
public sealed class NotificationOutboxTests : IDisposable
{
    private readonly ServerDataFolder _data = new("fb-durability-notify");

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["FlowBuilder__Notifications__FirstRetryDelay"] = "00:00:00.500",
        ["FlowBuilder__Notifications__MaxRetryDelay"] = "00:00:01",
        ["FlowBuilder__Notifications__MaxAttempts"] = "1000",
        ["FlowBuilder__Notifications__PollInterval"] = "00:00:00.500",
    };

    private static readonly object Flow = new
    {
        id = "notify-once",
        name = "Notify once",
        nodes = new object[] { new { id = "end", type = "control.end@1", inputs = new { result = "js: 'done'" } } },
        edges = Array.Empty<object>(),
    };

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task KillDashNine_WithSubscriberDown_EventArrivesExactlyOnceAfterRestart()
    {
        var serverPort = ServerProcess.FreePort();
        var subscriberPort = ServerProcess.FreePort();
        string secret, deliveryId;
        await using (var first = await ServerProcess.StartAsync(_data.Path, serverPort, Settings))
        {
            await first.PublishAsync(Flow, "notify-once");
            secret = await SubscribeAsync(first, subscriberPort);
            var run = await first.Client.PostAsJsonAsync("api/flows/notify-once/run", new { wait = true });
            run.EnsureSuccessStatusCode();

            // The subscriber is down: the first attempt fails and the delivery waits in the outbox for its retry.
            var failed = await WaitForDeliveryAsync(first, d => d["attempts"]!.GetValue<int>() >= 1 && d["status"]!.GetValue<string>() != "delivered", TimeSpan.FromSeconds(30));
            deliveryId = failed["id"]!.GetValue<string>();
            await first.KillAsync();
        }

        await using var subscriber = await LoopbackSubscriber.StartAsync(subscriberPort, secret);
        await using var second = await ServerProcess.StartAsync(_data.Path, serverPort, Settings);
        await subscriber.FirstReceived.WaitAsync(TimeSpan.FromSeconds(60));
        var delivered = await WaitForDeliveryAsync(second, d => d["status"]!.GetValue<string>() == "delivered", TimeSpan.FromSeconds(30));

        delivered["id"]!.GetValue<string>().ShouldBe(deliveryId);
        var eventId = delivered["eventId"]!.GetValue<string>();
        var received = subscriber.Received;
        received.Count(r => r.EventId == eventId).ShouldBe(1, "delivered exactly once, by event id");
        received.Count.ShouldBe(1);
        received[0].Signature.ShouldBe(SignatureCheck.Valid);
        received[0].Body["id"]!.GetValue<string>().ShouldBe(eventId);
        received[0].Body["type"]!.GetValue<string>().ShouldBe("flow.completed");
        received[0].Body["data"]!["flowId"]!.GetValue<string>().ShouldBe("notify-once");
    }

    [Fact]
    public async Task KillDashNine_WhileDeliveryInFlight_SentAgainAfterRestart()
    {
        var serverPort = ServerProcess.FreePort();
        var subscriberPort = ServerProcess.FreePort();
        LoopbackSubscriber subscriber;
        await using (var first = await ServerProcess.StartAsync(_data.Path, serverPort, Settings))
        {
            await first.PublishAsync(Flow, "notify-once");
            var secret = await SubscribeAsync(first, subscriberPort);
            subscriber = await LoopbackSubscriber.StartAsync(subscriberPort, secret);
            subscriber.Hold = true;
            (await first.Client.PostAsJsonAsync("api/flows/notify-once/run", new { wait = true })).EnsureSuccessStatusCode();

            // The subscriber has the POST and does not answer: the delivery is in flight when the server dies.
            await subscriber.FirstReceived.WaitAsync(TimeSpan.FromSeconds(30));
            (await WaitForDeliveryAsync(first, d => d["status"]!.GetValue<string>() == "in-flight", TimeSpan.FromSeconds(10)))["attempts"]!.GetValue<int>().ShouldBe(0);
            await first.KillAsync();
        }

        await using (subscriber)
        {
            subscriber.Hold = false;
            await using var second = await ServerProcess.StartAsync(_data.Path, serverPort, Settings);
            var delivered = await WaitForDeliveryAsync(second, d => d["status"]!.GetValue<string>() == "delivered", TimeSpan.FromSeconds(60));

            var eventId = delivered["eventId"]!.GetValue<string>();
            var received = subscriber.Received;
            received.Count.ShouldBe(2, "sent once before the crash (never answered) and once after: at least once, duplicates carry the same event id");
            received.ShouldAllBe(r => r.EventId == eventId && r.Signature == SignatureCheck.Valid);
            delivered["attempts"]!.GetValue<int>().ShouldBe(1, "the attempt cut off by the crash was never recorded");
            second.Output.ShouldContain("in flight when node");
        }
    }

    /// <summary>Subscribes the loopback subscriber's <c>/hooks</c> to flow.completed; returns the signing secret.</summary>
    private static async Task<string> SubscribeAsync(ServerProcess server, int subscriberPort)
    {
        var subscribed = await server.Client.PostAsJsonAsync("api/subscriptions", new { url = $"http://127.0.0.1:{subscriberPort}/hooks", events = new[] { "flow.completed" } });
        subscribed.EnsureSuccessStatusCode();
        return (await subscribed.Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
    }

    /// <summary>Polls the delivery list of the other process (no event crosses the process boundary) until its one
    /// delivery satisfies <paramref name="until"/>.</summary>
    private static async Task<JsonObject> WaitForDeliveryAsync(ServerProcess server, Func<JsonObject, bool> until, TimeSpan within)
    {
        var page = await server.PollAsync("api/deliveries", p => p["items"]!.AsArray() is [{ } only] && until(only.AsObject()), within, TimeSpan.FromMilliseconds(100));
        return page["items"]![0]!.AsObject();
    }
}
