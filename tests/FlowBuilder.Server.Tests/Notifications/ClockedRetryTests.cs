using System.Net;
using FlowBuilder.Data.Notifications;
using FlowBuilder.Engine.Http;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>The default backoff on a server whose clock moves only when the test says so.</summary>
public sealed class ClockedRetryTests : IAsyncLifetime
{
    private readonly ClockedApiFactory _factory = new();
    private NotificationReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await NotificationReceiver.StartAsync();
        _receiver.Now = _factory.Clock.GetUtcNow;
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task FirstAttemptFails_RetryWaitsTenSecondsPlusJitter_ThenDelivers()
    {
        var client = _factory.CreateClient();
        _receiver.Answer = (_, before) => before == 0 ? 503 : 200;
        var subscriptionId = await client.SubscribeAsync(_receiver, "*");
        var ping = await (await client.PostAsync($"/api/subscriptions/{subscriptionId}/test", null)).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var deliveryId = ping.Text("deliveryId");

        var pending = await _factory.Services.WaitForDeliveryAsync(
            client, deliveryId, d => d.Text("status") == DeliveryStatuses.Pending && d.Number("attempts") == 1, "pending after one attempt");
        pending.Number("lastStatusCode").ShouldBe(503);
        var wait = pending["nextAttemptAt"]!.GetValue<DateTimeOffset>() - _factory.Clock.GetUtcNow();
        wait.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(10));
        wait.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(12), "10 s plus at most 20 % jitter");
        _receiver.Received.Count.ShouldBe(1, "nothing is sent before the retry is due");

        using (var armed = new CancellationTokenSource(NotificationSteps.Within)) await _factory.Clock.WhenTimerArmedAsync(wait, armed.Token);
        _factory.Clock.Advance(wait);
        var delivered = await _factory.Services.WaitForDeliveryAsync(client, deliveryId, DeliveryStatuses.Delivered);

        delivered.Number("attempts").ShouldBe(2);
        _receiver.Received.Select(r => (r.Attempt, r.AnsweredWith)).ShouldBe([(1, 503), (2, 200)]);
        _receiver.Received.ShouldAllBe(r => r.Signature == SignatureCheck.Valid);
    }
}
