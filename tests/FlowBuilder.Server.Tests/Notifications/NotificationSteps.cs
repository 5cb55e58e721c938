using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using FlowBuilder.Data.Notifications;
using FlowBuilder.Server.Notifications;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>Steps the notification tests share: subscribe the receiver, wait for a delivery to reach a status.</summary>
internal static class NotificationSteps
{
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    /// <summary>Subscribes the receiver to <paramref name="events"/> and hands it the secret; returns the subscription id.</summary>
    public static async Task<string> SubscribeAsync(this HttpClient client, NotificationReceiver receiver, params string[] events)
    {
        var created = await (await client.PostJsonAsync("/api/subscriptions", new JsonObject
        {
            ["url"] = receiver.Url,
            ["events"] = new JsonArray(events.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        receiver.Secret = created.Text("secret");
        return created.Text("id");
    }

    /// <summary>Reads the delivery until it has <paramref name="status"/>, re-reading each time the dispatcher saves outcomes.</summary>
    public static Task<JsonNode> WaitForDeliveryAsync(this IServiceProvider services, HttpClient client, string deliveryId, string status) =>
        services.WaitForDeliveryAsync(client, deliveryId, d => d.Text("status") == status, status);

    /// <summary>Reads the delivery until <paramref name="until"/> holds, re-reading each time the dispatcher saves outcomes.</summary>
    public static async Task<JsonNode> WaitForDeliveryAsync(
        this IServiceProvider services, HttpClient client, string deliveryId, Func<JsonNode, bool> until, string description)
    {
        var dispatcher = services.GetRequiredService<NotificationDispatcher>();
        var saved = Channel.CreateUnbounded<bool>();
        void OnSaved(IReadOnlyList<AttemptResult> results) => saved.Writer.TryWrite(true);
        dispatcher.Saved += OnSaved;
        try
        {
            using var timeout = new CancellationTokenSource(Within);
            while (true)
            {
                var delivery = await (await client.GetAsync($"/api/deliveries/{deliveryId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
                if (until(delivery)) return delivery;
                try
                {
                    await saved.Reader.ReadAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"Delivery {deliveryId} did not become {description} within {Within.TotalSeconds} s: {delivery.ToJsonString()}");
                }
            }
        }
        finally
        {
            dispatcher.Saved -= OnSaved;
        }
    }
}
